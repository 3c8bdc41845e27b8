import type { components } from '@/lib/api';
import { checkCvFile, CV_MAX_MB } from '@/lib/cv-file';
import type { MessageKey, TranslationParams } from '@/lib/i18n';
import type { AnswerInput, ResponseInput } from '../api/respond-to-assignment';
import { EMAIL_PATTERN, PHONE_PATTERN } from './assignment-form-model';

export type Question = components['schemas']['Question'];

/** The limits of ResponseInput / AnswerInput / RespondentInput in openapi.yaml. */
export const RESPONSE_LIMITS = {
  motivation: 5000,
  answer: 2000,
  name: 100,
  email: 320,
  number: 30,
} as const;

/** What BigDecimal accepts (after a Dutch decimal comma became a point): 12, -3.5, .5, 1e3. */
const NUMBER_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export interface RespondentValues {
  name: string;
  email: string;
  phone: string;
}

export interface RespondFormValues {
  /** The answer per question id, as typed or chosen ("yes"/"no" for YES_NO). */
  answers: Record<string, string>;
  motivation: string;
  thisAssignmentOnly: boolean;
  useProfileCv: boolean;
  respondent: RespondentValues;
  cv: File | null;
}

export function emptyRespondForm(): RespondFormValues {
  return {
    answers: {},
    motivation: '',
    thisAssignmentOnly: false,
    useProfileCv: false,
    respondent: { name: '', email: '', phone: '' },
    cv: null,
  };
}

export interface ValidationIssue {
  key: MessageKey;
  params?: TranslationParams;
}

/**
 * Form paths: `answer.<questionId>`, `motivation`, `respondent.name|email|phone`, `cv`. The
 * server's paths (`answers[0].value`, `respondent.email`) are translated to these by
 * {@link formPathOf}.
 */
export type ValidationErrors = Record<string, ValidationIssue>;

export function answerPath(questionId: string): string {
  return `answer.${questionId}`;
}

/** "12,5" → "12.5": the API wants decimal text with a point. */
export function normaliseNumber(value: string): string {
  return value.trim().replace(/\s/g, '').replace(',', '.');
}

/** The rule an answer breaks, if any (mirrors the server's check of each question kind). */
export function answerIssue(question: Question, raw: string | undefined): ValidationIssue | undefined {
  const value = (raw ?? '').trim();
  if (value === '') return question.required ? { key: 'respond.validation.answerRequired' } : undefined;
  switch (question.kind) {
    case 'TEXT':
      return value.length > RESPONSE_LIMITS.answer
        ? { key: 'validation.maxLength', params: { max: RESPONSE_LIMITS.answer } }
        : undefined;
    case 'YES_NO':
      return value === 'yes' || value === 'no' ? undefined : { key: 'respond.validation.yesNo' };
    case 'NUMBER': {
      const number = normaliseNumber(value);
      return NUMBER_PATTERN.test(number) && number.length <= RESPONSE_LIMITS.number
        ? undefined
        : { key: 'respond.validation.number' };
    }
    case 'CHOICE':
      return question.options.includes(value) ? undefined : { key: 'respond.validation.choice' };
    default:
      return undefined;
  }
}

export interface RespondValidateOptions {
  /** Without an account the respondent's own details are part of the form. */
  withRespondent: boolean;
}

export function validateRespondForm(
  values: RespondFormValues,
  questions: Question[],
  { withRespondent }: RespondValidateOptions,
): ValidationErrors {
  const errors: ValidationErrors = {};
  for (const question of questions) {
    const issue = answerIssue(question, values.answers[question.id]);
    if (issue) errors[answerPath(question.id)] = issue;
  }
  const motivation = values.motivation.trim();
  if (motivation === '') errors.motivation = { key: 'validation.required' };
  else if (motivation.length > RESPONSE_LIMITS.motivation)
    errors.motivation = { key: 'validation.maxLength', params: { max: RESPONSE_LIMITS.motivation } };

  if (withRespondent) {
    const { name, email, phone } = values.respondent;
    if (name.trim() === '') errors['respondent.name'] = { key: 'validation.required' };
    else if (name.trim().length > RESPONSE_LIMITS.name)
      errors['respondent.name'] = { key: 'validation.maxLength', params: { max: RESPONSE_LIMITS.name } };
    if (email.trim() === '') errors['respondent.email'] = { key: 'validation.required' };
    else if (email.trim().length > RESPONSE_LIMITS.email || !EMAIL_PATTERN.test(email.trim()))
      errors['respondent.email'] = { key: 'validation.email' };
    if (phone.trim() !== '' && !PHONE_PATTERN.test(phone.trim()))
      errors['respondent.phone'] = { key: 'validation.phone' };
  }

  if (values.cv) {
    const problem = checkCvFile(values.cv);
    if (problem) errors.cv = { key: `respond.cv.error.${problem}` as MessageKey, params: { max: CV_MAX_MB } };
  }
  return errors;
}

/**
 * The body of the `response` part: the answers in the order of the questions, blank optional
 * ones left out (their ids, in order, are returned too so the server's `answers[i]` errors can be
 * put back on the right question); numbers with a decimal point.
 */
export function toResponseInput(
  values: RespondFormValues,
  questions: Question[],
  { withRespondent, profileCvOffered }: { withRespondent: boolean; profileCvOffered: boolean },
): { input: ResponseInput; answeredIds: string[] } {
  const answers: AnswerInput[] = [];
  for (const question of questions) {
    const raw = (values.answers[question.id] ?? '').trim();
    if (raw === '') continue;
    answers.push({ questionId: question.id, value: question.kind === 'NUMBER' ? normaliseNumber(raw) : raw });
  }
  const input: ResponseInput = {
    motivation: values.motivation.trim(),
    answers,
    thisAssignmentOnly: values.thisAssignmentOnly,
  };
  if (withRespondent) {
    const phone = values.respondent.phone.trim();
    input.respondent = {
      name: values.respondent.name.trim(),
      email: values.respondent.email.trim(),
      ...(phone ? { phone } : {}),
    };
  } else if (profileCvOffered && !values.cv && values.useProfileCv) {
    input.useProfileCv = true;
  }
  return { input, answeredIds: answers.map((answer) => answer.questionId) };
}

const UUID_IN_MESSAGE = /\(([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\)/;

/**
 * Where a server field error goes: `answers[1].value` → the question sent second;
 * `answers` (a required question missing; the message names it with its id) → that question;
 * `respondent.email`, `motivation`, `cv`, `useProfileCv` as they are. Unknown → undefined.
 */
export function formPathOf(
  field: string | undefined,
  message: string,
  answeredIds: string[],
  questions: Question[],
): string | undefined {
  if (!field) return undefined;
  const indexed = /^answers\[(\d+)\](\.\w+)?$/.exec(field);
  if (indexed) {
    const id = answeredIds[Number(indexed[1])];
    return id ? answerPath(id) : undefined;
  }
  if (field === 'answers') {
    const id = UUID_IN_MESSAGE.exec(message)?.[1];
    return id && questions.some((question) => question.id === id) ? answerPath(id) : undefined;
  }
  if (['motivation', 'cv', 'useProfileCv', 'respondent.name', 'respondent.email', 'respondent.phone'].includes(field)) {
    return field === 'useProfileCv' ? 'cv' : field;
  }
  return undefined;
}

/** The DOM id of a form path's control: `answer.<id>` → `respond-answer-<index>`, `respondent.email` → `respond-respondent-email`. */
export function controlId(path: string, questions: Question[]): string {
  if (path.startsWith('answer.')) {
    const index = questions.findIndex((question) => answerPath(question.id) === path);
    return `respond-answer-${index}`;
  }
  return `respond-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
