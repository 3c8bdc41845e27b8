import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
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
  summaryRef: RefObject<HTMLDivElement | null>;
  /** A failure that is not about fields (network, 409, 429, …), for an ErrorMessage. */
  submitError: unknown;
  submitErrorRef: RefObject<HTMLDivElement | null>;
  /** True while the submit's promise runs (a second submit is ignored). */
  submitting: boolean;
  /**
   * The form's onSubmit: runs the checks; when they pass, calls `submit` and puts a rejected
   * ApiError's field errors on the fields (other failures become `submitError`).
   */
  handleSubmit: (submit: () => unknown) => (event: FormEvent<HTMLFormElement>) => void;
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
  const summaryRef = useRef<HTMLDivElement>(null);
  const submitErrorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (shownCount === 0) return;
    if (outcome.kind === 'failed') submitErrorRef.current?.focus();
    else summaryRef.current?.focus();
  }, [shownCount, outcome.kind]);

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

  const handleSubmit = (submit: () => unknown) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setAttempted(true);
    const issues = validate ? validate() : {};
    if (Object.keys(issues).length > 0) {
      show({ kind: 'invalid', issues });
      return;
    }
    show({ kind: 'none' });
    setSubmitting(true);
    Promise.resolve()
      .then(submit)
      .catch((error: unknown) => {
        const fieldErrors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
        if (fieldErrors.length > 0) {
          show({ kind: 'rejected', errors: fieldErrors, title: (error as ApiError).problem?.title });
        } else {
          show({ kind: 'failed', error });
        }
      })
      .finally(() => setSubmitting(false));
  };

  return {
    errorFor,
    summary,
    summaryRef,
    submitError: outcome.kind === 'failed' ? outcome.error : undefined,
    submitErrorRef,
    submitting,
    handleSubmit,
  };
}
