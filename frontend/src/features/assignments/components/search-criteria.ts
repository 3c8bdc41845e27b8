import type { MessageKey } from '@/lib/i18n';
import { centsToEuros, eurosToCents } from '@/lib/money';
import type { AssignmentSearchCriteria, RemoteOption } from '../api/list-assignments';

export const SEARCH_REGION_PATTERN = /^([1-9][0-9]{1,3}|ABROAD)$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const REMOTE: RemoteOption[] = ['ONSITE', 'HYBRID', 'REMOTE'];

export interface AssignmentSearchValues {
  q: string;
  /** Comma-separated. */
  skills: string;
  region: string;
  remote: '' | RemoteOption;
  /** Euros as typed. */
  minRate: string;
  startBefore: string;
}

function isRemote(value: string | null): value is RemoteOption {
  return value !== null && (REMOTE as string[]).includes(value);
}

/** The criteria live in the address (bookmarkable; back returns to the same results). */
export function criteriaFromParams(params: URLSearchParams): AssignmentSearchCriteria {
  const q = params.get('q')?.trim().slice(0, 100);
  const region = params.get('region') ?? undefined;
  const remote = params.get('remote');
  const minRate = params.get('minRateCents');
  const startBefore = params.get('startBefore') ?? undefined;
  return {
    q: q ? q : undefined,
    skills: params
      .getAll('skill')
      .map((skill) => skill.trim())
      .filter(Boolean),
    region: region && SEARCH_REGION_PATTERN.test(region) ? region : undefined,
    remote: isRemote(remote) ? remote : undefined,
    minRateCents: minRate !== null && /^\d+$/.test(minRate) ? Number.parseInt(minRate, 10) : undefined,
    startBefore: startBefore && DATE_PATTERN.test(startBefore) ? startBefore : undefined,
  };
}

export function paramsFromCriteria(criteria: AssignmentSearchCriteria): URLSearchParams {
  const params = new URLSearchParams();
  if (criteria.q) params.set('q', criteria.q);
  for (const skill of criteria.skills) params.append('skill', skill);
  if (criteria.region) params.set('region', criteria.region);
  if (criteria.remote) params.set('remote', criteria.remote);
  if (criteria.minRateCents !== undefined) params.set('minRateCents', String(criteria.minRateCents));
  if (criteria.startBefore) params.set('startBefore', criteria.startBefore);
  return params;
}

export function formFromCriteria(criteria: AssignmentSearchCriteria): AssignmentSearchValues {
  return {
    q: criteria.q ?? '',
    skills: criteria.skills.join(', '),
    region: criteria.region ?? '',
    remote: criteria.remote ?? '',
    minRate: centsToEuros(criteria.minRateCents),
    startBefore: criteria.startBefore ?? '',
  };
}

export const ASSIGNMENT_SEARCH_FIELDS = ['q', 'skills', 'region', 'minRate', 'startBefore'] as const;
export type AssignmentSearchField = (typeof ASSIGNMENT_SEARCH_FIELDS)[number];

/** Checks the inputs against the API's parameter rules and builds the criteria, or returns the errors. */
export function criteriaFromForm(
  values: AssignmentSearchValues,
):
  | { criteria: AssignmentSearchCriteria; errors?: undefined }
  | { criteria?: undefined; errors: Partial<Record<AssignmentSearchField, MessageKey>> } {
  const errors: Partial<Record<AssignmentSearchField, MessageKey>> = {};
  const q = values.q.trim();
  if (q.length > 100) errors.q = 'validation.searchText';
  const skills = values.skills
    .split(',')
    .map((skill) => skill.trim())
    .filter(Boolean);
  if (skills.some((skill) => skill.length > 50)) errors.skills = 'validation.searchSkill';
  const region = values.region.trim().toUpperCase();
  if (region && !SEARCH_REGION_PATTERN.test(region)) errors.region = 'validation.searchRegionOrAbroad';
  let minRateCents: number | undefined;
  if (values.minRate.trim()) {
    minRateCents = eurosToCents(values.minRate) ?? undefined;
    if (minRateCents === undefined) errors.minRate = 'validation.euros';
  }
  const startBefore = values.startBefore.trim();
  if (startBefore && !DATE_PATTERN.test(startBefore)) errors.startBefore = 'validation.date';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    criteria: {
      q: q || undefined,
      skills,
      region: region || undefined,
      remote: values.remote || undefined,
      minRateCents,
      startBefore: startBefore || undefined,
    },
  };
}
