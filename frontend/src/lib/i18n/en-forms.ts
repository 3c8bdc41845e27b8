import type { nlForms } from './nl-forms';

/** English for nl-forms.ts: the same keys, checked by the type. */
export const enForms: Record<keyof typeof nlForms, string> = {
  'disclosures.category.response': 'your response and answers',
  'disclosures.purpose.application': 'your response to an assignment',
  'disclosures.recipient.assignmentPoster': 'the poster of “{title}”',
  'disclosures.recipient.coachNetwork': 'Werkbank’s coach network',
  'form.month.month': 'Month',
  'form.month.year': 'Year',
  'form.month.choose': 'Choose a month',
  'profile.preview.toggle': 'Show or hide the preview',
  'received.statusUnchanged': 'Choose a status other than the current one.',
  'assignments.preview.show': 'Preview',
  'assignments.preview.title': 'Check your assignment',
  'assignments.preview.intro':
    'This is how professionals will see your assignment once it is published. Is everything right? Then send it. Want to change something? Go back to the form.',
  'assignments.preview.poster': 'Your details (not public)',
  'assignments.preview.back': 'Back to the form',
};
