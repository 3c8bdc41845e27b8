import type { MessageKey, TranslationParams } from '@/lib/i18n';
import { centsToEuros, eurosToCents } from '@/lib/money';
import type { OwnProfile } from '../api/get-my-profile';
import type { ProfileInput } from '../api/save-my-profile';

export { centsToEuros, eurosToCents };

export type Visibility = ProfileInput['visibility'];
export const VISIBILITIES: Visibility[] = ['HIDDEN', 'ANONYMOUS', 'MEMBERS'];

/**
 * Limits of ProfileInput in openapi.yaml (the server's bean validation). The form checks them
 * first for quick, field-level feedback; the server still decides.
 */
export const LIMITS = {
  displayName: 100,
  headline: 150,
  summary: 4000,
  skills: 30,
  skill: 50,
  experience: 30,
  role: 100,
  clientName: 150,
  tasks: 2000,
  education: 20,
  institution: 150,
  qualification: 150,
  yearMin: 1950,
  yearMax: 2100,
  hoursMin: 1,
  hoursMax: 60,
  rateMaxCents: 100_000,
  languages: 10,
  email: 320,
  callTimes: 200,
} as const;

export const MONTH_PATTERN = /^[12][0-9]{3}-(0[1-9]|1[0-2])$/;
export const POSTCODE_AREA_PATTERN = /^[1-9][0-9]{3}$/;
export const REGION_PATTERN = /^([1-9][0-9]{3}|ABROAD)$/;
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{5,30}$/;
export const LANGUAGE_PATTERN = /^[a-z]{2}$/;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const INTEGER_PATTERN = /^\d+$/;
/** Invisible control characters (C0, DEL, C1), which the API refuses in text. */
const CONTROL_CHARS = /\p{Cc}/u;

export interface ExperienceRow {
  key: string;
  role: string;
  clientName: string;
  startMonth: string;
  endMonth: string;
  tasks: string;
}

export interface EducationRow {
  key: string;
  institution: string;
  qualification: string;
  year: string;
}

/** Everything the form edits, as the strings the inputs hold. */
export interface ProfileFormValues {
  visibility: Visibility;
  displayName: string;
  headline: string;
  summary: string;
  freeTextPublic: boolean;
  /** Comma-separated tags. */
  skills: string;
  experience: ExperienceRow[];
  education: EducationRow[];
  abroad: boolean;
  postcodeArea: string;
  availableFrom: string;
  hoursPerWeek: string;
  /** Euros as typed: "85", "85,50" or "85.50". */
  rateMin: string;
  rateMax: string;
  /** Comma-separated ISO 639-1 codes. */
  languages: string;
  email: string;
  phone: string;
  callTimes: string;
}

let rowCounter = 0;
/** Stable React keys for repeated rows (index keys would move focus when a row is removed). */
export function newRowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

export function emptyExperience(): ExperienceRow {
  return { key: newRowKey(), role: '', clientName: '', startMonth: '', endMonth: '', tasks: '' };
}

export function emptyEducation(): EducationRow {
  return { key: newRowKey(), institution: '', qualification: '', year: '' };
}

/** A new profile is hidden until the professional chooses otherwise (privacy by default). */
export function emptyProfileForm(): ProfileFormValues {
  return {
    visibility: 'HIDDEN',
    displayName: '',
    headline: '',
    summary: '',
    freeTextPublic: false,
    skills: '',
    experience: [],
    education: [],
    abroad: false,
    postcodeArea: '',
    availableFrom: '',
    hoursPerWeek: '',
    rateMin: '',
    rateMax: '',
    languages: '',
    email: '',
    phone: '',
    callTimes: '',
  };
}

/** "Java, SQL , ,scrum" → ["Java", "SQL", "scrum"]. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export function fromOwnProfile(profile: OwnProfile | null | undefined): ProfileFormValues {
  if (!profile) return emptyProfileForm();
  return {
    visibility: profile.visibility,
    displayName: profile.displayName,
    headline: profile.headline,
    summary: profile.summary ?? '',
    freeTextPublic: profile.freeTextPublic,
    skills: profile.skills.join(', '),
    experience: profile.experience.map((entry) => ({
      key: newRowKey(),
      role: entry.role,
      clientName: entry.clientName ?? '',
      startMonth: entry.startMonth,
      endMonth: entry.endMonth ?? '',
      tasks: entry.tasks ?? '',
    })),
    education: profile.education.map((entry) => ({
      key: newRowKey(),
      institution: entry.institution ?? '',
      qualification: entry.qualification,
      year: entry.year == null ? '' : String(entry.year),
    })),
    abroad: profile.region === 'ABROAD',
    postcodeArea: profile.region === 'ABROAD' ? '' : profile.region,
    availableFrom: profile.availableFrom ?? '',
    hoursPerWeek: profile.hoursPerWeek == null ? '' : String(profile.hoursPerWeek),
    rateMin: centsToEuros(profile.rateMinCents),
    rateMax: centsToEuros(profile.rateMaxCents),
    languages: profile.languages.join(', '),
    email: profile.contact.email ?? '',
    phone: profile.contact.phone ?? '',
    callTimes: profile.contact.callTimes ?? '',
  };
}

/** One broken rule: a message key (and its parameters) for the field at a server-style path. */
export interface ValidationIssue {
  key: MessageKey;
  params?: TranslationParams;
}

/**
 * Field paths are the server's (`displayName`, `experience[0].role`, `contact.email`,
 * `rateMaxCents`), so client and server errors land on the same inputs.
 */
export type ValidationErrors = Record<string, ValidationIssue>;

function blank(value: string): boolean {
  return value.trim() === '';
}

export function validateProfileForm(values: ProfileFormValues): ValidationErrors {
  const errors: ValidationErrors = {};
  const required = (path: string, value: string) => {
    if (blank(value)) errors[path] = { key: 'validation.required' };
  };
  const maxLength = (path: string, value: string, max: number) => {
    if (!errors[path] && value.trim().length > max) errors[path] = { key: 'validation.maxLength', params: { max } };
  };

  required('displayName', values.displayName);
  maxLength('displayName', values.displayName, LIMITS.displayName);
  required('headline', values.headline);
  maxLength('headline', values.headline, LIMITS.headline);
  maxLength('summary', values.summary, LIMITS.summary);

  const skills = splitList(values.skills);
  if (skills.length > LIMITS.skills) {
    errors.skills = { key: 'validation.maxItems', params: { max: LIMITS.skills } };
  } else {
    const tooLong = skills.find((skill) => skill.length > LIMITS.skill);
    const control = skills.find((skill) => CONTROL_CHARS.test(skill));
    if (tooLong) errors.skills = { key: 'validation.skillLength', params: { skill: tooLong, max: LIMITS.skill } };
    else if (control) errors.skills = { key: 'validation.controlChars' };
  }

  if (values.experience.length > LIMITS.experience) {
    errors.experience = { key: 'validation.maxItems', params: { max: LIMITS.experience } };
  }
  values.experience.forEach((row, index) => {
    const at = (field: string) => `experience[${index}].${field}`;
    required(at('role'), row.role);
    maxLength(at('role'), row.role, LIMITS.role);
    maxLength(at('clientName'), row.clientName, LIMITS.clientName);
    if (blank(row.startMonth)) errors[at('startMonth')] = { key: 'validation.required' };
    else if (!MONTH_PATTERN.test(row.startMonth.trim())) errors[at('startMonth')] = { key: 'validation.month' };
    if (!blank(row.endMonth) && !MONTH_PATTERN.test(row.endMonth.trim()))
      errors[at('endMonth')] = { key: 'validation.month' };
    maxLength(at('tasks'), row.tasks, LIMITS.tasks);
  });

  if (values.education.length > LIMITS.education) {
    errors.education = { key: 'validation.maxItems', params: { max: LIMITS.education } };
  }
  values.education.forEach((row, index) => {
    const at = (field: string) => `education[${index}].${field}`;
    maxLength(at('institution'), row.institution, LIMITS.institution);
    required(at('qualification'), row.qualification);
    maxLength(at('qualification'), row.qualification, LIMITS.qualification);
    if (!blank(row.year)) {
      const year = Number(row.year.trim());
      if (!INTEGER_PATTERN.test(row.year.trim()) || year < LIMITS.yearMin || year > LIMITS.yearMax) {
        errors[at('year')] = { key: 'validation.year', params: { min: LIMITS.yearMin, max: LIMITS.yearMax } };
      }
    }
  });

  if (!values.abroad) {
    if (blank(values.postcodeArea)) errors.region = { key: 'validation.required' };
    else if (!POSTCODE_AREA_PATTERN.test(values.postcodeArea.trim())) errors.region = { key: 'validation.region' };
  }

  if (!blank(values.availableFrom) && !DATE_PATTERN.test(values.availableFrom.trim())) {
    errors.availableFrom = { key: 'validation.date' };
  }

  if (!blank(values.hoursPerWeek)) {
    const hours = Number(values.hoursPerWeek.trim());
    if (!INTEGER_PATTERN.test(values.hoursPerWeek.trim()) || hours < LIMITS.hoursMin || hours > LIMITS.hoursMax) {
      errors.hoursPerWeek = { key: 'validation.hours', params: { min: LIMITS.hoursMin, max: LIMITS.hoursMax } };
    }
  }

  const rate = (path: 'rateMinCents' | 'rateMaxCents', text: string): number | undefined => {
    if (blank(text)) return undefined;
    const cents = eurosToCents(text);
    if (cents === null) {
      errors[path] = { key: 'validation.euros' };
      return undefined;
    }
    if (cents > LIMITS.rateMaxCents) {
      errors[path] = { key: 'validation.rateTooHigh', params: { max: LIMITS.rateMaxCents / 100 } };
      return undefined;
    }
    return cents;
  };
  const rateMin = rate('rateMinCents', values.rateMin);
  const rateMax = rate('rateMaxCents', values.rateMax);
  // The server reports this on rateMaxCents too.
  if (rateMin !== undefined && rateMax !== undefined && rateMin > rateMax) {
    errors.rateMaxCents = { key: 'validation.rateOrder' };
  }

  const languages = splitList(values.languages).map((code) => code.toLowerCase());
  if (languages.length > LIMITS.languages) {
    errors.languages = { key: 'validation.maxItems', params: { max: LIMITS.languages } };
  } else {
    const bad = languages.find((code) => !LANGUAGE_PATTERN.test(code));
    if (bad) errors.languages = { key: 'validation.language', params: { code: bad } };
  }

  if (!blank(values.email)) {
    if (values.email.trim().length > LIMITS.email)
      errors['contact.email'] = { key: 'validation.maxLength', params: { max: LIMITS.email } };
    else if (!EMAIL_PATTERN.test(values.email.trim())) errors['contact.email'] = { key: 'validation.email' };
  }
  if (!blank(values.phone) && !PHONE_PATTERN.test(values.phone.trim())) {
    errors['contact.phone'] = { key: 'validation.phone' };
  }
  maxLength('contact.callTimes', values.callTimes, LIMITS.callTimes);

  return errors;
}

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function optionalInteger(value: string): number | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : Number.parseInt(trimmed, 10);
}

/**
 * The request body for PUT /api/v1/me/profile. Call it on values that passed validation; rates
 * become integer cents (never floats), blank optional fields are left out.
 */
export function toProfileInput(values: ProfileFormValues): ProfileInput {
  const rateMin = optional(values.rateMin);
  const rateMax = optional(values.rateMax);
  return {
    visibility: values.visibility,
    displayName: values.displayName.trim(),
    headline: values.headline.trim(),
    summary: optional(values.summary),
    freeTextPublic: values.freeTextPublic,
    skills: splitList(values.skills),
    experience: values.experience.map((row) => ({
      role: row.role.trim(),
      clientName: optional(row.clientName),
      startMonth: row.startMonth.trim(),
      endMonth: optional(row.endMonth),
      tasks: optional(row.tasks),
    })),
    education: values.education.map((row) => ({
      institution: optional(row.institution),
      qualification: row.qualification.trim(),
      year: optionalInteger(row.year),
    })),
    region: values.abroad ? 'ABROAD' : values.postcodeArea.trim(),
    availableFrom: optional(values.availableFrom),
    hoursPerWeek: optionalInteger(values.hoursPerWeek),
    rateMinCents: rateMin === undefined ? undefined : (eurosToCents(rateMin) ?? undefined),
    rateMaxCents: rateMax === undefined ? undefined : (eurosToCents(rateMax) ?? undefined),
    languages: [...new Set(splitList(values.languages).map((code) => code.toLowerCase()))],
    contact: {
      email: optional(values.email),
      phone: optional(values.phone),
      callTimes: optional(values.callTimes),
    },
  };
}

/**
 * Where a server error goes: list elements (`skills[3]`, `languages[0]`) belong to the list's
 * single input; everything else keeps its path.
 */
export function formFieldOf(serverPath: string): string {
  const list = /^(skills|languages)\[\d+\]$/.exec(serverPath);
  if (list?.[1]) return list[1];
  return serverPath;
}

/** The DOM id of the control for a field path: `experience[0].role` → `profile-experience-0-role`. */
export function fieldId(path: string): string {
  return `profile-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
}
