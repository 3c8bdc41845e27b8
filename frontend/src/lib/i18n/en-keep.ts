import type { nlKeep } from './nl-keep';

/** English strings of the one-click pages of retention: keep my account (T-3), keep my response. */
export const enKeep: Record<keyof typeof nlKeep, string> = {
  'keep.loading': 'Checking what this link is about…',
  'keep.invalid':
    'This link is not valid: it was changed, is not one of ours, or the data was already erased. Nothing was changed.',
  'keep.failed': 'That did not work',
  'keepAccount.title': 'Keep my account',
  'keepAccount.question':
    'You have not used Werkbank for a long time, so we would soon delete your account with your profile and CV. Do you want to keep your account?',
  'keepAccount.confirm': 'Yes, keep my account',
  'keepAccount.done': 'Thank you. Your account stays; the period starts again.',
  'keepResponse.title': 'Keep my response',
  'keepResponse.question':
    'The procedure for "{title}" is closed. May we keep your response for a year instead of 4 weeks?',
  'keepResponse.confirm': 'Yes, keep my response for a year',
  'keepResponse.done': 'We keep your response to "{title}" for a year after the procedure closed.',
};
