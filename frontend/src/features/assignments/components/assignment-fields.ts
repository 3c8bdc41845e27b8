import type { FormField } from '@/lib/forms';
import type { MessageKey, Translate } from '@/lib/i18n';
import { eurosToCents } from '@/lib/money';
import { errorsAt, RATE_BELOW_MIN } from './assignment-errors';
import { fieldId, type AssignmentFormValues } from './assignment-form-model';

/** The labels of the fixed fields of POST /api/v1/assignments, by the server's path. */
const LABELS: Record<string, MessageKey> = {
  'assignment.title': 'assignments.field.title',
  'assignment.description': 'assignments.field.description',
  'assignment.region': 'assignments.field.region',
  'assignment.remote': 'assignments.field.remote',
  'assignment.startDate': 'assignments.field.startDate',
  'assignment.durationWeeks': 'assignments.field.durationWeeks',
  'assignment.hoursPerWeek': 'assignments.field.hoursPerWeek',
  'assignment.rateMinCents': 'assignments.field.rateMin',
  'assignment.rateMaxCents': 'assignments.field.rateMax',
  'assignment.skills': 'assignments.field.skills',
  'assignment.validThrough': 'assignments.field.validThrough',
  'assignment.nameOrganisation': 'assignments.field.nameOrganisation',
  'assignment.questions': 'assignments.questions.legend',
  'poster.name': 'assignments.poster.name',
  'poster.organisation': 'assignments.poster.organisation',
  'poster.email': 'assignments.poster.email',
  'poster.phone': 'assignments.poster.phone',
};

/** Whether the typed rates are both valid and the maximum is below the minimum. */
function rateBelowMin(values: AssignmentFormValues): boolean {
  const min = eurosToCents(values.rateMin);
  const max = eurosToCents(values.rateMax);
  return min !== null && max !== null && min > max;
}

/** The texts per code at a path; the API's `range` on the maximum rate means either of two things. */
function messagesAt(path: string, values: AssignmentFormValues): FormField['messages'] {
  const messages = errorsAt(path);
  if (path === 'assignment.rateMaxCents' && rateBelowMin(values)) return { ...messages, range: RATE_BELOW_MIN };
  return messages;
}

/**
 * The field at a form path (the server's, `assignment.` prefixed), if the form shows it: the
 * static fields, and each question's text, its choices and each choice.
 */
export function assignmentFieldAt(path: string, values: AssignmentFormValues, t: Translate): FormField | undefined {
  const label = Object.hasOwn(LABELS, path) ? LABELS[path] : undefined;
  if (label) return { id: fieldId(path), label: t(label), messages: messagesAt(path, values) };
  const match = /^assignment\.questions\[(\d+)\]\.(text|options)(?:\[(\d+)\])?$/.exec(path);
  const question = match ? values.questions[Number(match[1])] : undefined;
  if (!match || !question) return undefined;
  const entry = t('assignments.questions.entry', { n: Number(match[1]) + 1 });
  const messages = errorsAt(path);
  if (match[2] === 'text') {
    return { id: fieldId(path), label: `${entry}, ${t('assignments.questions.text')}`, messages };
  }
  if (question.kind !== 'CHOICE') return undefined;
  if (match[3] === undefined) {
    return { id: fieldId(path), label: `${entry}, ${t('assignments.questions.optionsShort')}`, messages };
  }
  if (Number(match[3]) >= question.options.length) return undefined;
  return {
    id: fieldId(path),
    label: `${entry}, ${t('assignments.questions.option', { n: Number(match[3]) + 1 })}`,
    messages,
  };
}
