import type { MessageKey } from '@/lib/i18n';
import { centsToEuros, eurosToCents } from '@/lib/money';
import type { ProfileSearchCriteria } from '../api/search-profiles';

export const SEARCH_REGION_PATTERN = /^([1-9][0-9]{1,3}|ABROAD)$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The search form's inputs, as strings. */
export interface SearchFormValues {
  skills: string;
  match: 'any' | 'all';
  region: string;
  abroad: boolean;
  availableFrom: string;
  minHoursPerWeek: string;
  maxRate: string;
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return Number.parseInt(value, 10);
}

/** The criteria live in the address (bookmarkable, back button returns to the same results). */
export function criteriaFromParams(params: URLSearchParams): ProfileSearchCriteria {
  const region = params.get('region') ?? undefined;
  const availableFrom = params.get('availableFrom') ?? undefined;
  return {
    skills: params
      .getAll('skill')
      .map((skill) => skill.trim())
      .filter(Boolean),
    match: params.get('match') === 'all' ? 'all' : 'any',
    region: region && SEARCH_REGION_PATTERN.test(region) ? region : undefined,
    availableFrom: availableFrom && DATE_PATTERN.test(availableFrom) ? availableFrom : undefined,
    minHoursPerWeek: positiveInt(params.get('minHoursPerWeek')),
    maxRateCents: positiveInt(params.get('maxRateCents')),
  };
}

export function paramsFromCriteria(criteria: ProfileSearchCriteria): URLSearchParams {
  const params = new URLSearchParams();
  for (const skill of criteria.skills) params.append('skill', skill);
  if (criteria.match === 'all') params.set('match', 'all');
  if (criteria.region) params.set('region', criteria.region);
  if (criteria.availableFrom) params.set('availableFrom', criteria.availableFrom);
  if (criteria.minHoursPerWeek !== undefined) params.set('minHoursPerWeek', String(criteria.minHoursPerWeek));
  if (criteria.maxRateCents !== undefined) params.set('maxRateCents', String(criteria.maxRateCents));
  return params;
}

export function formFromCriteria(criteria: ProfileSearchCriteria): SearchFormValues {
  return {
    skills: criteria.skills.join(', '),
    match: criteria.match,
    region: criteria.region && criteria.region !== 'ABROAD' ? criteria.region : '',
    abroad: criteria.region === 'ABROAD',
    availableFrom: criteria.availableFrom ?? '',
    minHoursPerWeek: criteria.minHoursPerWeek === undefined ? '' : String(criteria.minHoursPerWeek),
    maxRate: centsToEuros(criteria.maxRateCents),
  };
}

export type SearchField = 'skills' | 'region' | 'minHoursPerWeek' | 'maxRate';

/** Checks the inputs (the API's parameter rules) and builds the criteria, or returns the errors. */
export function criteriaFromForm(
  values: SearchFormValues,
):
  | { criteria: ProfileSearchCriteria; errors?: undefined }
  | { criteria?: undefined; errors: Partial<Record<SearchField, MessageKey>> } {
  const errors: Partial<Record<SearchField, MessageKey>> = {};
  const skills = values.skills
    .split(',')
    .map((skill) => skill.trim())
    .filter(Boolean);
  if (skills.some((skill) => skill.length > 50)) errors.skills = 'validation.searchSkill';
  const region = values.abroad ? 'ABROAD' : values.region.trim();
  if (region && !SEARCH_REGION_PATTERN.test(region)) errors.region = 'validation.searchRegion';
  let minHoursPerWeek: number | undefined;
  if (values.minHoursPerWeek.trim()) {
    minHoursPerWeek = positiveInt(values.minHoursPerWeek.trim());
    if (minHoursPerWeek === undefined || minHoursPerWeek < 1 || minHoursPerWeek > 60)
      errors.minHoursPerWeek = 'validation.searchHours';
  }
  let maxRateCents: number | undefined;
  if (values.maxRate.trim()) {
    maxRateCents = eurosToCents(values.maxRate) ?? undefined;
    if (maxRateCents === undefined) errors.maxRate = 'validation.euros';
  }
  if (Object.keys(errors).length > 0) return { errors };
  return {
    criteria: {
      skills,
      match: values.match,
      region: region || undefined,
      availableFrom: values.availableFrom.trim() || undefined,
      minHoursPerWeek,
      maxRateCents,
    },
  };
}
