import type { MessageKey, TranslationParams } from '@/lib/i18n';
import { LIMITS } from './assignment-limits';
import { errorMessage, RATE_BELOW_MIN, skillTooLong } from './assignment-errors';
import { centsToEuros, eurosToCents } from '@/lib/money';
import type { ManagedAssignment } from '../api/get-managed-assignment';
import type { AssignmentInput, AssignmentSubmission, PosterInput, QuestionInput } from '../api/post-assignment';

export { centsToEuros, eurosToCents };

export type RemoteOption = AssignmentInput['remote'];
export type QuestionKind = QuestionInput['kind'];
export const REMOTE_OPTIONS: RemoteOption[] = ['ONSITE', 'HYBRID', 'REMOTE'];
export const QUESTION_KINDS: QuestionKind[] = ['TEXT', 'YES_NO', 'NUMBER', 'CHOICE'];

export { LIMITS };

export const POSTCODE_AREA_PATTERN = /^[1-9][0-9]{3}$/;
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{5,30}$/;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const INTEGER_PATTERN = /^\d+$/;
/** Invisible control characters (C0, DEL, C1), which the API refuses in text. */
const CONTROL_CHARS = /\p{Cc}/u;

export interface OptionRow {
  key: string;
  text: string;
}

export interface QuestionRow {
  key: string;
  kind: QuestionKind;
  text: string;
  required: boolean;
  /** Only for kind CHOICE; empty for every other kind. */
  options: OptionRow[];
}

export interface PosterValues {
  name: string;
  organisation: string;
  email: string;
  phone: string;
}

/** Everything the form edits, as the strings the inputs hold. */
export interface AssignmentFormValues {
  title: string;
  description: string;
  abroad: boolean;
  postcodeArea: string;
  remote: RemoteOption;
  startDate: string;
  durationWeeks: string;
  hoursPerWeek: string;
  /** Euros as typed: "85", "85,50" or "85.50". */
  rateMin: string;
  rateMax: string;
  /** Comma-separated. */
  skills: string;
  validThrough: string;
  nameOrganisation: boolean;
  questions: QuestionRow[];
  poster: PosterValues;
  /** The honeypot: people leave it empty, form-filling bots do not. */
  website: string;
}

let rowCounter = 0;
/** Stable React keys for repeated rows (index keys would move focus when a row is removed). */
export function newRowKey(): string {
  rowCounter += 1;
  return `q-${rowCounter}`;
}

function emptyOption(): OptionRow {
  return { key: newRowKey(), text: '' };
}

export function emptyQuestion(): QuestionRow {
  return { key: newRowKey(), kind: 'TEXT', text: '', required: false, options: [] };
}

export function emptyAssignmentForm(): AssignmentFormValues {
  return {
    title: '',
    description: '',
    abroad: false,
    postcodeArea: '',
    remote: 'ONSITE',
    startDate: '',
    durationWeeks: '',
    hoursPerWeek: '',
    rateMin: '',
    rateMax: '',
    skills: '',
    validThrough: '',
    nameOrganisation: false,
    questions: [],
    poster: { name: '', organisation: '', email: '', phone: '' },
    website: '',
  };
}

export function fromManagedAssignment(assignment: ManagedAssignment): AssignmentFormValues {
  return {
    ...emptyAssignmentForm(),
    title: assignment.title,
    description: assignment.description,
    abroad: assignment.region === 'ABROAD',
    postcodeArea: assignment.region === 'ABROAD' ? '' : assignment.region,
    remote: assignment.remote,
    startDate: assignment.startDate ?? '',
    durationWeeks: assignment.durationWeeks == null ? '' : String(assignment.durationWeeks),
    hoursPerWeek: assignment.hoursPerWeek == null ? '' : String(assignment.hoursPerWeek),
    rateMin: centsToEuros(assignment.rateMinCents),
    rateMax: centsToEuros(assignment.rateMaxCents),
    skills: assignment.skills.join(', '),
    validThrough: assignment.validThrough,
    nameOrganisation: assignment.nameOrganisation,
    questions: assignment.questions.map((question) => ({
      key: newRowKey(),
      kind: question.kind,
      text: question.text,
      required: question.required,
      options: question.kind === 'CHOICE' ? question.options.map((text) => ({ key: newRowKey(), text })) : [],
    })),
  };
}

// --- the question builder (pure list operations) -------------------------------------------

export function addQuestion(questions: QuestionRow[]): QuestionRow[] {
  if (questions.length >= LIMITS.questions) return questions;
  return [...questions, emptyQuestion()];
}

export function removeQuestion(questions: QuestionRow[], index: number): QuestionRow[] {
  return questions.filter((_, i) => i !== index);
}

/** Moves a question one place up (-1) or down (+1); out of range leaves the list as it is. */
export function moveQuestion(questions: QuestionRow[], index: number, direction: -1 | 1): QuestionRow[] {
  const target = index + direction;
  if (index < 0 || index >= questions.length || target < 0 || target >= questions.length) return questions;
  const next = [...questions];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(target, 0, moved);
  return next;
}

/**
 * Changes a question's kind. Only CHOICE has options: switching to CHOICE starts with two empty
 * ones, switching away drops them (the API refuses options on any other kind).
 */
export function changeKind(question: QuestionRow, kind: QuestionKind): QuestionRow {
  if (kind === question.kind) return question;
  if (kind === 'CHOICE') {
    const options = question.options.length >= LIMITS.optionsMin ? question.options : [emptyOption(), emptyOption()];
    return { ...question, kind, options };
  }
  return { ...question, kind, options: [] };
}

export function addOption(question: QuestionRow): QuestionRow {
  if (question.kind !== 'CHOICE' || question.options.length >= LIMITS.optionsMax) return question;
  return { ...question, options: [...question.options, emptyOption()] };
}

export function removeOption(question: QuestionRow, index: number): QuestionRow {
  return { ...question, options: question.options.filter((_, i) => i !== index) };
}

// --- validation -------------------------------------------------------------------------------

/** One broken rule: a message key (and its parameters). */
export interface ValidationIssue {
  key: MessageKey;
  params?: TranslationParams;
}

/**
 * Field paths are the server's for POST /api/v1/assignments (`assignment.title`,
 * `assignment.questions[0].options`, `poster.email`), so client and server errors land on the
 * same inputs.
 */
export type ValidationErrors = Record<string, ValidationIssue>;

function blank(value: string): boolean {
  return value.trim() === '';
}

/** "Java, SQL , ,scrum" → ["Java", "SQL", "scrum"]. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Today as YYYY-MM-DD in the browser's time zone (the API compares with the Dutch calendar date). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface ValidateOptions {
  /** Whether the poster block is part of the form (not signed in as a client). */
  withPoster: boolean;
  /** A new assignment may not start in the past; an edit may keep a start date that passed. */
  newAssignment?: boolean;
  today?: string;
}

/** The client's checks, with the same text per (field, code) as the server's errors (assignment-errors.ts). */
export function validateAssignmentForm(
  values: AssignmentFormValues,
  { withPoster, newAssignment = false, today = todayIso() }: ValidateOptions,
): ValidationErrors {
  const errors: ValidationErrors = {};
  const fail = (path: string, code: Parameters<typeof errorMessage>[1]) => {
    errors[path] = errorMessage(path, code);
  };
  const required = (path: string, value: string) => {
    if (blank(value)) fail(path, 'required');
  };
  const maxLength = (path: string, value: string, max: number) => {
    if (!errors[path] && value.trim().length > max) fail(path, 'too-long');
  };
  const integer = (path: string, value: string, min: number, max: number) => {
    if (blank(value)) return;
    const number = Number(value.trim());
    if (!INTEGER_PATTERN.test(value.trim()) || number < min || number > max) fail(path, 'range');
  };
  const date = (path: string, value: string, notBefore: string | undefined) => {
    if (!DATE_PATTERN.test(value.trim())) fail(path, 'format');
    else if (notBefore !== undefined && value.trim() < notBefore) fail(path, 'range');
  };

  required('assignment.title', values.title);
  maxLength('assignment.title', values.title, LIMITS.title);
  required('assignment.description', values.description);
  maxLength('assignment.description', values.description, LIMITS.description);

  if (!values.abroad) {
    if (blank(values.postcodeArea)) fail('assignment.region', 'required');
    else if (!POSTCODE_AREA_PATTERN.test(values.postcodeArea.trim())) fail('assignment.region', 'pattern');
  }

  if (!blank(values.startDate)) date('assignment.startDate', values.startDate, newAssignment ? today : undefined);
  integer('assignment.durationWeeks', values.durationWeeks, LIMITS.durationMin, LIMITS.durationMax);
  integer('assignment.hoursPerWeek', values.hoursPerWeek, LIMITS.hoursMin, LIMITS.hoursMax);

  const rate = (path: string, text: string): number | undefined => {
    if (blank(text)) return undefined;
    const cents = eurosToCents(text);
    if (cents === null) {
      fail(path, 'format');
      return undefined;
    }
    if (cents > LIMITS.rateMaxCents) {
      fail(path, 'range');
      return undefined;
    }
    return cents;
  };
  const rateMin = rate('assignment.rateMinCents', values.rateMin);
  const rateMax = rate('assignment.rateMaxCents', values.rateMax);
  // The server reports this on rateMaxCents too.
  if (rateMin !== undefined && rateMax !== undefined && rateMin > rateMax) {
    errors['assignment.rateMaxCents'] = RATE_BELOW_MIN;
  }

  const skills = splitList(values.skills);
  const tooLong = skills.find((skill) => skill.length > LIMITS.skill);
  if (skills.length > LIMITS.skills) {
    errors['assignment.skills'] = { key: 'assignmentError.skills.tooMany', params: { max: LIMITS.skills } };
  } else if (tooLong) {
    errors['assignment.skills'] = skillTooLong(tooLong);
  } else if (skills.some((skill) => CONTROL_CHARS.test(skill))) {
    fail('assignment.skills', 'pattern');
  }

  if (blank(values.validThrough)) fail('assignment.validThrough', 'required');
  else date('assignment.validThrough', values.validThrough, today);

  if (values.questions.length > LIMITS.questions) fail('assignment.questions', 'too-long');
  values.questions.forEach((question, index) => {
    const at = `assignment.questions[${index}]`;
    required(`${at}.text`, question.text);
    maxLength(`${at}.text`, question.text, LIMITS.questionText);
    if (question.kind === 'CHOICE') {
      if (question.options.length < LIMITS.optionsMin) fail(`${at}.options`, 'too-short');
      else if (question.options.length > LIMITS.optionsMax) fail(`${at}.options`, 'too-long');
      question.options.forEach((option, optionIndex) => {
        required(`${at}.options[${optionIndex}]`, option.text);
        maxLength(`${at}.options[${optionIndex}]`, option.text, LIMITS.option);
      });
    }
  });

  if (withPoster) {
    required('poster.name', values.poster.name);
    maxLength('poster.name', values.poster.name, LIMITS.posterName);
    required('poster.organisation', values.poster.organisation);
    maxLength('poster.organisation', values.poster.organisation, LIMITS.posterOrganisation);
    required('poster.email', values.poster.email);
    maxLength('poster.email', values.poster.email, LIMITS.email);
    if (!errors['poster.email'] && !EMAIL_PATTERN.test(values.poster.email.trim())) fail('poster.email', 'pattern');
    required('poster.phone', values.poster.phone);
    if (!errors['poster.phone'] && !PHONE_PATTERN.test(values.poster.phone.trim())) fail('poster.phone', 'pattern');
  }

  return errors;
}

// --- the request body ------------------------------------------------------------------------

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function optionalInteger(value: string): number | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : Number.parseInt(trimmed, 10);
}

function optionalCents(value: string): number | undefined {
  if (value.trim() === '') return undefined;
  return eurosToCents(value) ?? undefined;
}

/**
 * AssignmentInput from values that passed validation: rates become integer cents (never floats),
 * blank optional fields are left out, options are sent for CHOICE questions only.
 */
export function toAssignmentInput(
  values: AssignmentFormValues,
  { withNameOrganisation }: { withNameOrganisation: boolean },
): AssignmentInput {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    region: values.abroad ? 'ABROAD' : values.postcodeArea.trim(),
    remote: values.remote,
    startDate: optional(values.startDate),
    durationWeeks: optionalInteger(values.durationWeeks),
    hoursPerWeek: optionalInteger(values.hoursPerWeek),
    rateMinCents: optionalCents(values.rateMin),
    rateMaxCents: optionalCents(values.rateMax),
    skills: [...new Set(splitList(values.skills))],
    validThrough: values.validThrough.trim(),
    nameOrganisation: withNameOrganisation ? values.nameOrganisation : undefined,
    questions: values.questions.map((question) => {
      const input: QuestionInput = { kind: question.kind, text: question.text.trim(), required: question.required };
      if (question.kind === 'CHOICE') input.options = question.options.map((option) => option.text.trim());
      return input;
    }),
  };
}

function toPosterInput(poster: PosterValues): PosterInput {
  return {
    name: poster.name.trim(),
    organisation: poster.organisation.trim(),
    email: poster.email.trim(),
    phone: poster.phone.trim(),
  };
}

/** The body of POST /api/v1/assignments: the poster (and the honeypot) only without a client account. */
export function toSubmission(values: AssignmentFormValues, { asClient }: { asClient: boolean }): AssignmentSubmission {
  const assignment = toAssignmentInput(values, { withNameOrganisation: asClient });
  if (asClient) return { assignment };
  return { assignment, poster: toPosterInput(values.poster), website: values.website };
}

// --- server errors --------------------------------------------------------------------------

/**
 * Where a server error goes. The PUT of a draft reports paths without the `assignment.` prefix
 * (its body is the AssignmentInput itself); skills' elements belong to the single skills input.
 */
export function formFieldOf(serverPath: string): string {
  let path = serverPath;
  if (!path.startsWith('assignment') && !path.startsWith('poster') && path !== 'website') path = `assignment.${path}`;
  const skill = /^assignment\.skills\[\d+\]$/.exec(path);
  if (skill) return 'assignment.skills';
  return path;
}

/** The DOM id of the control for a field path: `assignment.questions[0].options` → `assignment-questions-0-options`. */
export function fieldId(path: string): string {
  return path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '');
}
