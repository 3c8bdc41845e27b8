import { maxItems, maxLength, REQUIRED, type CodeMessages, type FormField } from '@/lib/forms';
import type { MessageKey, Translate } from '@/lib/i18n';
import { fieldId, LIMITS, type ProfileFormValues } from './profile-form-model';

const MONTH: CodeMessages = {
  required: REQUIRED,
  pattern: { key: 'validation.month' },
  format: { key: 'validation.month' },
};

// The server's sanity limit (€1,000 an hour).
const RATE_RANGE = { key: 'validation.rateTooHigh', params: { max: LIMITS.rateMaxCents / 100 } } as const;

/** Every field of the form by the server's path: its label and the SPA's own text per error code. */
const FIELDS: Record<string, { label: MessageKey; messages?: CodeMessages }> = {
  visibility: { label: 'profile.visibility.legend', messages: { required: REQUIRED } },
  displayName: {
    label: 'profile.displayName',
    messages: { required: REQUIRED, 'too-long': maxLength(LIMITS.displayName) },
  },
  headline: { label: 'profile.headline', messages: { required: REQUIRED, 'too-long': maxLength(LIMITS.headline) } },
  summary: { label: 'profile.summary', messages: { 'too-long': maxLength(LIMITS.summary) } },
  freeTextPublic: { label: 'profile.freeTextPublic' },
  // `too-long` on skills is the list or one skill (skills[i] lands here too): the server's text says which.
  skills: { label: 'profile.skills', messages: { pattern: { key: 'validation.controlChars' } } },
  experience: { label: 'profile.experience.title', messages: { 'too-long': maxItems(LIMITS.experience) } },
  education: { label: 'profile.education.title', messages: { 'too-long': maxItems(LIMITS.education) } },
  region: { label: 'profile.postcodeArea', messages: { required: REQUIRED, pattern: { key: 'validation.region' } } },
  availableFrom: { label: 'profile.availableFrom', messages: { format: { key: 'validation.date' } } },
  hoursPerWeek: {
    label: 'profile.hoursPerWeek',
    messages: { range: { key: 'validation.hours', params: { min: LIMITS.hoursMin, max: LIMITS.hoursMax } } },
  },
  rateMinCents: { label: 'profile.rateMin', messages: { range: RATE_RANGE } },
  // On rateMaxCents, "range" is also the order with rateMinCents: the server's own text says which.
  rateMaxCents: { label: 'profile.rateMax' },
  languages: { label: 'profile.languages', messages: { 'too-long': maxItems(LIMITS.languages) } },
  'contact.email': {
    label: 'profile.contact.email',
    messages: { pattern: { key: 'validation.email' }, 'too-long': maxLength(LIMITS.email) },
  },
  'contact.phone': { label: 'profile.contact.phone', messages: { pattern: { key: 'validation.phone' } } },
  'contact.callTimes': { label: 'profile.contact.callTimes', messages: { 'too-long': maxLength(LIMITS.callTimes) } },
};

const EXPERIENCE: Record<string, CodeMessages> = {
  role: { required: REQUIRED, 'too-long': maxLength(LIMITS.role) },
  clientName: { 'too-long': maxLength(LIMITS.clientName) },
  startMonth: MONTH,
  endMonth: MONTH,
  tasks: { 'too-long': maxLength(LIMITS.tasks) },
};

const EDUCATION: Record<string, CodeMessages> = {
  institution: { 'too-long': maxLength(LIMITS.institution) },
  qualification: { required: REQUIRED, 'too-long': maxLength(LIMITS.qualification) },
  year: { range: { key: 'validation.year', params: { min: LIMITS.yearMin, max: LIMITS.yearMax } } },
};

/** The field at a server path (`displayName`, `experience[0].role`, `contact.email`), if the form shows it. */
export function profileFieldAt(path: string, values: ProfileFormValues, t: Translate): FormField | undefined {
  const known = Object.hasOwn(FIELDS, path) ? FIELDS[path] : undefined;
  if (known) return { id: fieldId(path), label: t(known.label), messages: known.messages };
  const row = /^(experience|education)\[(\d+)\]\.(\w+)$/.exec(path);
  if (!row) return undefined;
  const [, list, index, field] = row as unknown as [string, 'experience' | 'education', string, string];
  const messages = list === 'experience' ? EXPERIENCE : EDUCATION;
  if (Number(index) >= values[list].length || !Object.hasOwn(messages, field)) return undefined;
  const entry = t(list === 'experience' ? 'profile.experience.entry' : 'profile.education.entry', {
    n: Number(index) + 1,
  });
  return {
    id: fieldId(path),
    label: `${entry}, ${t(`profile.${list}.${field}` as MessageKey)}`,
    messages: messages[field],
  };
}
