import { maxItems, maxLength, REQUIRED, type CodeMessages, type FormField } from '@/lib/forms';
import type { MessageKey, Translate } from '@/lib/i18n';
import { fieldId, LIMITS, type AssignmentFormValues } from './assignment-form-model';

const integerRange = (min: number, max: number): CodeMessages => ({
  range: { key: 'validation.integerRange', params: { min, max } },
});
const CHOICE_OPTIONS: CodeMessages = {
  'too-short': { key: 'validation.choiceOptions', params: { min: LIMITS.optionsMin, max: LIMITS.optionsMax } },
  'too-long': { key: 'validation.choiceOptions', params: { min: LIMITS.optionsMin, max: LIMITS.optionsMax } },
};

/** The fields of POST /api/v1/assignments by path: label and the SPA's own text per error code. */
const FIELDS: Record<string, { label: MessageKey; messages?: CodeMessages }> = {
  'assignment.title': {
    label: 'assignments.field.title',
    messages: { required: REQUIRED, 'too-long': maxLength(LIMITS.title) },
  },
  'assignment.description': {
    label: 'assignments.field.description',
    messages: { required: REQUIRED, 'too-long': maxLength(LIMITS.description) },
  },
  'assignment.region': {
    label: 'assignments.field.region',
    messages: { required: REQUIRED, pattern: { key: 'validation.region' } },
  },
  'assignment.remote': { label: 'assignments.field.remote', messages: { required: REQUIRED } },
  'assignment.startDate': { label: 'assignments.field.startDate', messages: { format: { key: 'validation.date' } } },
  'assignment.durationWeeks': {
    label: 'assignments.field.durationWeeks',
    messages: integerRange(LIMITS.durationMin, LIMITS.durationMax),
  },
  'assignment.hoursPerWeek': {
    label: 'assignments.field.hoursPerWeek',
    messages: integerRange(LIMITS.hoursMin, LIMITS.hoursMax),
  },
  'assignment.rateMinCents': { label: 'assignments.field.rateMin' },
  'assignment.rateMaxCents': { label: 'assignments.field.rateMax' },
  'assignment.skills': { label: 'assignments.field.skills', messages: { pattern: { key: 'validation.controlChars' } } },
  'assignment.validThrough': {
    label: 'assignments.field.validThrough',
    messages: { required: REQUIRED, format: { key: 'validation.date' }, range: { key: 'validation.notInPast' } },
  },
  'assignment.nameOrganisation': { label: 'assignments.field.nameOrganisation' },
  'assignment.questions': {
    label: 'assignments.questions.legend',
    messages: { 'too-long': maxItems(LIMITS.questions) },
  },
  'poster.name': {
    label: 'assignments.poster.name',
    messages: { required: REQUIRED, 'too-long': maxLength(LIMITS.posterName) },
  },
  'poster.organisation': {
    label: 'assignments.poster.organisation',
    messages: { required: REQUIRED, 'too-long': maxLength(LIMITS.posterOrganisation) },
  },
  'poster.email': {
    label: 'assignments.poster.email',
    messages: { required: REQUIRED, pattern: { key: 'validation.email' }, 'too-long': maxLength(LIMITS.email) },
  },
  'poster.phone': {
    label: 'assignments.poster.phone',
    messages: { required: REQUIRED, pattern: { key: 'validation.phone' } },
  },
};

/**
 * The field at a form path (the server's, `assignment.` prefixed), if the form shows it: the
 * static fields, and each question's text, its choices and each choice.
 */
export function assignmentFieldAt(path: string, values: AssignmentFormValues, t: Translate): FormField | undefined {
  const known = Object.hasOwn(FIELDS, path) ? FIELDS[path] : undefined;
  if (known) return { id: fieldId(path), label: t(known.label), messages: known.messages };
  const match = /^assignment\.questions\[(\d+)\]\.(text|options)(?:\[(\d+)\])?$/.exec(path);
  const question = match ? values.questions[Number(match[1])] : undefined;
  if (!match || !question) return undefined;
  const entry = t('assignments.questions.entry', { n: Number(match[1]) + 1 });
  if (match[2] === 'text') {
    return {
      id: fieldId(path),
      label: `${entry}, ${t('assignments.questions.text')}`,
      messages: { required: REQUIRED, 'too-long': maxLength(LIMITS.questionText) },
    };
  }
  if (question.kind !== 'CHOICE') return undefined;
  if (match[3] === undefined) {
    return {
      id: fieldId(path),
      label: `${entry}, ${t('assignments.questions.optionsShort')}`,
      messages: CHOICE_OPTIONS,
    };
  }
  if (Number(match[3]) >= question.options.length) return undefined;
  return {
    id: fieldId(path),
    label: `${entry}, ${t('assignments.questions.option', { n: Number(match[3]) + 1 })}`,
    messages: { required: REQUIRED, 'too-long': maxLength(LIMITS.option) },
  };
}
