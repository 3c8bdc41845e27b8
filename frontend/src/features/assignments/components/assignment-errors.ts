import type { CodeMessages, FieldCode, FieldMessage } from '@/lib/forms';
import { LIMITS } from './assignment-limits';

/** A rate from €0 to the API's HourlyRate.MAX_CENTS, in whole euros (four digits need no separator). */
const rateRange = (field: 'rateMin' | 'rateMax'): FieldMessage => ({
  key: `assignmentError.${field}.range`,
  params: { min: 0, max: LIMITS.rateMaxCents / 100 },
});
const durationRange: FieldMessage = {
  key: 'assignmentError.durationWeeks.range',
  params: { min: LIMITS.durationMin, max: LIMITS.durationMax },
};
const hoursRange: FieldMessage = {
  key: 'assignmentError.hoursPerWeek.range',
  params: { min: LIMITS.hoursMin, max: LIMITS.hoursMax },
};
const optionCount: FieldMessage = {
  key: 'assignmentError.options.count',
  params: { min: LIMITS.optionsMin, max: LIMITS.optionsMax },
};
const remote: FieldMessage = { key: 'assignmentError.remote.required' };

/** The maximum rate below the minimum: the API reports it as `range` on rateMaxCents too. */
export const RATE_BELOW_MIN: FieldMessage = { key: 'assignmentError.rateMax.belowMin' };

/** A skill longer than the API allows, named (the client knows which one). */
export function skillTooLong(skill: string): FieldMessage {
  return { key: 'assignmentError.skills.skillTooLong', params: { skill, max: LIMITS.skill } };
}

/**
 * Issue 16: what is wrong, per field of POST /api/v1/assignments and per error code the API can
 * return for it, in the poster's words ("Vul een titel in", not "Vul dit veld in"). Paths are the
 * server's; a question's or choice's index is written `[]`. The client's own checks use the same
 * texts, so a field says the same thing whoever found the error.
 */
export const ASSIGNMENT_ERRORS: Record<string, CodeMessages> = {
  'assignment.title': {
    required: { key: 'assignmentError.title.required' },
    'too-long': { key: 'assignmentError.title.tooLong', params: { max: LIMITS.title } },
  },
  'assignment.description': {
    required: { key: 'assignmentError.description.required' },
    'too-long': { key: 'assignmentError.description.tooLong', params: { max: LIMITS.description } },
  },
  'assignment.region': {
    required: { key: 'assignmentError.region.required' },
    pattern: { key: 'assignmentError.region.pattern' },
  },
  'assignment.remote': { required: remote, 'one-of': remote },
  'assignment.startDate': {
    format: { key: 'assignmentError.startDate.format' },
    range: { key: 'assignmentError.startDate.range' },
  },
  'assignment.durationWeeks': { range: durationRange, format: durationRange },
  'assignment.hoursPerWeek': { range: hoursRange, format: hoursRange },
  'assignment.rateMinCents': { range: rateRange('rateMin'), format: { key: 'assignmentError.rateMin.format' } },
  'assignment.rateMaxCents': { range: rateRange('rateMax'), format: { key: 'assignmentError.rateMax.format' } },
  'assignment.skills': {
    // Too many skills and one skill too long both arrive as too-long on the one skills input.
    'too-long': { key: 'assignmentError.skills.tooLong', params: { max: LIMITS.skills, length: LIMITS.skill } },
    pattern: { key: 'assignmentError.skills.controlChars' },
  },
  'assignment.validThrough': {
    required: { key: 'assignmentError.validThrough.required' },
    format: { key: 'assignmentError.validThrough.format' },
    range: { key: 'assignmentError.validThrough.range' },
  },
  'assignment.questions': {
    'too-long': { key: 'assignmentError.questions.tooMany', params: { max: LIMITS.questions } },
  },
  'assignment.questions[].text': {
    required: { key: 'assignmentError.question.required' },
    'too-long': { key: 'assignmentError.question.tooLong', params: { max: LIMITS.questionText } },
  },
  'assignment.questions[].options': {
    'too-short': optionCount,
    'too-long': optionCount,
  },
  'assignment.questions[].options[]': {
    required: { key: 'assignmentError.option.required' },
    'too-long': { key: 'assignmentError.option.tooLong', params: { max: LIMITS.option } },
  },
  'poster.name': {
    required: { key: 'assignmentError.posterName.required' },
    'too-long': { key: 'assignmentError.posterName.tooLong', params: { max: LIMITS.posterName } },
  },
  'poster.organisation': {
    required: { key: 'assignmentError.posterOrganisation.required' },
    'too-long': { key: 'assignmentError.posterOrganisation.tooLong', params: { max: LIMITS.posterOrganisation } },
  },
  'poster.email': {
    required: { key: 'assignmentError.posterEmail.required' },
    pattern: { key: 'assignmentError.posterEmail.pattern' },
    'too-long': { key: 'assignmentError.posterEmail.tooLong', params: { max: LIMITS.email } },
  },
  'poster.phone': {
    required: { key: 'assignmentError.posterPhone.required' },
    pattern: { key: 'assignmentError.posterPhone.pattern' },
  },
};

/** `assignment.questions[2].options[0]` → `assignment.questions[].options[]`: the table's path. */
export function errorTablePath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/** The texts per code for the field at a server path, if the table has that field. */
export function errorsAt(path: string): CodeMessages | undefined {
  const tablePath = errorTablePath(path);
  return Object.hasOwn(ASSIGNMENT_ERRORS, tablePath) ? ASSIGNMENT_ERRORS[tablePath] : undefined;
}

/** The text for a (path, code) the client found itself; every pair it uses is in the table. */
export function errorMessage(path: string, code: FieldCode): FieldMessage {
  const message = errorsAt(path)?.[code];
  if (!message) throw new Error(`No error text for ${code} at ${path}`);
  return message;
}
