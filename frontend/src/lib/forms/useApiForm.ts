import { useEffect, useId, useState, type FormEvent } from 'react';
import { ApiError, type FieldError } from '@/lib/api';
import { useI18n } from '@/lib/i18n';
import { mapFieldErrors, type FieldLookup, type SummaryError, type ValidationErrors } from './field-errors';

export interface ApiFormOptions extends FieldLookup {
  /** The client-side checks, run on submit and, after the first attempt, on every render. */
  validate?: () => ValidationErrors;
}

/** What the form shows above its fields after a submit. */
type Outcome =
  | { kind: 'none' }
  | { kind: 'invalid'; issues: ValidationErrors }
  | { kind: 'rejected'; errors: FieldError[]; title?: string }
  | { kind: 'failed'; error: unknown };

export interface ApiForm {
  /** The message to show at a field path: a client check first, else the server's error. */
  errorFor: (path: string) => string | undefined;
  /** The error summary: what the last submit found, with links to the fields. */
  summary: { title?: string; errors: SummaryError[] };
  /** The id to give the summary: the hook moves focus to it after a submit. */
  summaryId: string;
  /** A failure that is not about fields (network, 409, 429, …), for an ErrorMessage. */
  submitError: unknown;
  /** The id to give that failure's (focusable) box. */
  submitErrorId: string;
  /** True while the submit's promise runs (a second submit is ignored). */
  submitting: boolean;
  /**
   * For the form's onSubmit: runs the checks; when they pass, runs `action` and puts a rejected
   * ApiError's field errors on the fields (other failures become `submitError`).
   */
  submit: (event: FormEvent<HTMLFormElement>, action: () => unknown) => void;
}

/**
 * One form's error handling, for every form of the SPA: client checks, the server's problem+json
 * field errors mapped by path and translated by code, the error summary (focused after each
 * submit), and the failure that belongs to no field (focused too). Messages are translated when
 * shown, so they follow a language switch.
 */
export function useApiForm({ fieldAt, pathOf, validate }: ApiFormOptions): ApiForm {
  const { t } = useI18n();
  const [attempted, setAttempted] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [shownCount, setShownCount] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const summaryId = `${useId()}-summary`;
  const submitErrorId = `${summaryId}-failed`;

  useEffect(() => {
    if (shownCount === 0) return;
    document.getElementById(outcome.kind === 'failed' ? submitErrorId : summaryId)?.focus();
  }, [shownCount, outcome.kind, summaryId, submitErrorId]);

  const show = (next: Outcome) => {
    setOutcome(next);
    if (next.kind !== 'none') setShownCount((count) => count + 1);
  };

  const clientErrors = attempted && validate ? validate() : {};
  const server =
    outcome.kind === 'rejected' ? mapFieldErrors(outcome.errors, { fieldAt, pathOf }, t) : { byPath: {}, summary: [] };

  let summary: ApiForm['summary'] = { errors: [] };
  if (outcome.kind === 'invalid') {
    summary = {
      errors: Object.entries(outcome.issues).map(([path, issue]) => {
        const field = fieldAt(path);
        return { targetId: field?.id, label: field?.label, message: t(issue.key, issue.params) };
      }),
    };
  } else if (outcome.kind === 'rejected') {
    summary = { title: outcome.title, errors: server.summary };
  }

  const errorFor = (path: string) => {
    const issue = clientErrors[path];
    return issue ? t(issue.key, issue.params) : server.byPath[path];
  };

  const submit = (event: FormEvent<HTMLFormElement>, action: () => unknown) => {
    event.preventDefault();
    if (submitting) return;
    setAttempted(true);
    const issues = validate ? validate() : {};
    if (Object.keys(issues).length > 0) {
      show({ kind: 'invalid', issues });
      return;
    }
    show({ kind: 'none' });
    const fail = (error: unknown) => {
      const fieldErrors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
      if (fieldErrors.length > 0) {
        show({ kind: 'rejected', errors: fieldErrors, title: (error as ApiError).problem?.title });
      } else {
        show({ kind: 'failed', error });
      }
    };
    let result: unknown;
    try {
      result = action();
    } catch (error) {
      fail(error);
      return;
    }
    // A synchronous action (a search that only changes the address) is done; a promise is awaited.
    if (result instanceof Promise) {
      setSubmitting(true);
      void result.catch(fail).finally(() => setSubmitting(false));
    }
  };

  return {
    errorFor,
    summary,
    summaryId,
    submitError: outcome.kind === 'failed' ? outcome.error : undefined,
    submitErrorId,
    submitting,
    submit,
  };
}
