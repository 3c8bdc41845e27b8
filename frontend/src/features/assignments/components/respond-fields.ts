import { CV_MAX_MB } from '@/lib/cv-file';
import { maxLength, REQUIRED, type CodeMessages, type FormField } from '@/lib/forms';
import type { MessageKey, Translate } from '@/lib/i18n';
import { answerPath, controlId, RESPONSE_LIMITS, type Question } from './respond-form-model';

const ANSWER_REQUIRED = { key: 'respond.validation.answerRequired' } as const;

/** The SPA's own text per code for an answer, by the question's kind. */
function answerMessages(question: Question): CodeMessages {
  switch (question.kind) {
    case 'TEXT':
      return { required: ANSWER_REQUIRED, 'too-long': maxLength(RESPONSE_LIMITS.answer) };
    case 'YES_NO':
      return { required: ANSWER_REQUIRED, 'one-of': { key: 'respond.validation.yesNo' } };
    case 'NUMBER':
      return { required: ANSWER_REQUIRED, format: { key: 'respond.validation.number' } };
    case 'CHOICE':
      return { required: ANSWER_REQUIRED, 'one-of': { key: 'respond.validation.choice' } };
    default:
      return { required: ANSWER_REQUIRED };
  }
}

const FIELDS: Record<string, { label: MessageKey; messages: CodeMessages }> = {
  motivation: {
    label: 'respond.motivation',
    messages: { required: REQUIRED, 'too-long': maxLength(RESPONSE_LIMITS.motivation) },
  },
  cv: {
    label: 'respond.cv.label',
    messages: {
      'file-type': { key: 'respond.cv.error.type' },
      'too-large': { key: 'respond.cv.error.size', params: { max: CV_MAX_MB } },
      required: { key: 'respond.cv.error.empty' },
    },
  },
  'respondent.name': {
    label: 'respond.respondent.name',
    messages: { required: REQUIRED, 'too-long': maxLength(RESPONSE_LIMITS.name) },
  },
  'respondent.email': {
    label: 'respond.respondent.email',
    messages: {
      required: REQUIRED,
      pattern: { key: 'validation.email' },
      'too-long': maxLength(RESPONSE_LIMITS.email),
    },
  },
  'respondent.phone': { label: 'respond.respondent.phone', messages: { pattern: { key: 'validation.phone' } } },
};

/** The field at a form path (`answer.<questionId>`, `motivation`, `respondent.email`, `cv`), if the form shows it. */
export function respondFieldAt(path: string, questions: Question[], t: Translate): FormField | undefined {
  const question = questions.find((candidate) => answerPath(candidate.id) === path);
  if (question) return { id: controlId(path, questions), label: question.text, messages: answerMessages(question) };
  const known = Object.hasOwn(FIELDS, path) ? FIELDS[path] : undefined;
  return known ? { id: controlId(path, questions), label: t(known.label), messages: known.messages } : undefined;
}
