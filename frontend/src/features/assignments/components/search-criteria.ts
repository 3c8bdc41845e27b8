import type { MessageKey } from '@/lib/i18n';
import { centsToEuros, eurosToCents } from '@/lib/money';
import type { AssignmentSearchCriteria, AssignmentSort, Province, RemoteOption } from '../api/list-assignments';

export const SEARCH_REGION_PATTERN = /^([1-9][0-9]{1,3}|ABROAD)$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const REMOTE: RemoteOption[] = ['ONSITE', 'HYBRID', 'REMOTE'];

/** The provinces in the order a Dutch reader expects them: alphabetical by their Dutch name. */
export const PROVINCES: readonly Province[] = [
  'DRENTHE',
  'FLEVOLAND',
  'FRIESLAND',
  'GELDERLAND',
  'GRONINGEN',
  'LIMBURG',
  'NOORD_BRABANT',
  'NOORD_HOLLAND',
  'OVERIJSSEL',
  'UTRECHT',
  'ZEELAND',
  'ZUID_HOLLAND',
];

export const SORTS: readonly AssignmentSort[] = ['NEWEST', 'RATE', 'START_DATE'];

/**
 * "Waar" as one labelled choice: anywhere, a province, abroad, or (only when the address has
 * one, as the home page's places do) a postcode area. Encoded as one select value.
 */
export type WhereValue = '' | 'ABROAD' | `province:${Province}` | `postcode:${string}`;

export interface AssignmentSearchValues {
  q: string;
  /** Comma-separated. */
  skills: string;
  where: WhereValue;
  remote: '' | RemoteOption;
  /** Euros as typed. */
  minRate: string;
  startBefore: string;
}

function isRemote(value: string | null): value is RemoteOption {
  return value !== null && (REMOTE as string[]).includes(value);
}

function isProvince(value: string | null): value is Province {
  return value !== null && (PROVINCES as string[]).includes(value);
}

function isSort(value: string | null): value is AssignmentSort {
  return value !== null && (SORTS as string[]).includes(value);
}

/** The criteria live in the address (bookmarkable; back returns to the same results). */
export function criteriaFromParams(params: URLSearchParams): AssignmentSearchCriteria {
  const q = params.get('q')?.trim().slice(0, 100);
  const region = params.get('region') ?? undefined;
  const province = params.get('province');
  const remote = params.get('remote');
  const minRate = params.get('minRateCents');
  const startBefore = params.get('startBefore') ?? undefined;
  const sort = params.get('sort');
  return {
    q: q ? q : undefined,
    skills: params
      .getAll('skill')
      .map((skill) => skill.trim())
      .filter(Boolean),
    region: region && SEARCH_REGION_PATTERN.test(region) ? region : undefined,
    province: isProvince(province) ? province : undefined,
    remote: isRemote(remote) ? remote : undefined,
    minRateCents: minRate !== null && /^\d+$/.test(minRate) ? Number.parseInt(minRate, 10) : undefined,
    startBefore: startBefore && DATE_PATTERN.test(startBefore) ? startBefore : undefined,
    sort: isSort(sort) && sort !== 'NEWEST' ? sort : undefined,
  };
}

export function paramsFromCriteria(criteria: AssignmentSearchCriteria): URLSearchParams {
  const params = new URLSearchParams();
  if (criteria.q) params.set('q', criteria.q);
  for (const skill of criteria.skills) params.append('skill', skill);
  if (criteria.region) params.set('region', criteria.region);
  if (criteria.province) params.set('province', criteria.province);
  if (criteria.remote) params.set('remote', criteria.remote);
  if (criteria.minRateCents !== undefined) params.set('minRateCents', String(criteria.minRateCents));
  if (criteria.startBefore) params.set('startBefore', criteria.startBefore);
  if (criteria.sort && criteria.sort !== 'NEWEST') params.set('sort', criteria.sort);
  return params;
}

function whereOf(criteria: AssignmentSearchCriteria): WhereValue {
  if (criteria.province) return `province:${criteria.province}`;
  if (criteria.region === 'ABROAD') return 'ABROAD';
  if (criteria.region) return `postcode:${criteria.region}`;
  return '';
}

export function formFromCriteria(criteria: AssignmentSearchCriteria): AssignmentSearchValues {
  return {
    q: criteria.q ?? '',
    skills: criteria.skills.join(', '),
    where: whereOf(criteria),
    remote: criteria.remote ?? '',
    minRate: centsToEuros(criteria.minRateCents),
    startBefore: criteria.startBefore ?? '',
  };
}

/** How many of the filters behind "Meer filters" are set (all but the search text and "waar"). */
export function moreFiltersActive(criteria: AssignmentSearchCriteria): number {
  return [
    criteria.skills.length > 0,
    criteria.remote !== undefined,
    criteria.minRateCents !== undefined,
    criteria.startBefore !== undefined,
  ].filter(Boolean).length;
}

export const ASSIGNMENT_SEARCH_FIELDS = ['q', 'skills', 'minRate', 'startBefore'] as const;
export type AssignmentSearchField = (typeof ASSIGNMENT_SEARCH_FIELDS)[number];

/** Checks the inputs against the API's parameter rules and builds the criteria, or returns the errors. */
export function criteriaFromForm(
  values: AssignmentSearchValues,
  sort?: AssignmentSort,
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
  let minRateCents: number | undefined;
  if (values.minRate.trim()) {
    minRateCents = eurosToCents(values.minRate) ?? undefined;
    if (minRateCents === undefined) errors.minRate = 'validation.euros';
  }
  const startBefore = values.startBefore.trim();
  if (startBefore && !DATE_PATTERN.test(startBefore)) errors.startBefore = 'validation.date';
  if (Object.keys(errors).length > 0) return { errors };
  const where = values.where;
  return {
    criteria: {
      q: q || undefined,
      skills,
      region:
        where === 'ABROAD' ? 'ABROAD' : where.startsWith('postcode:') ? where.slice('postcode:'.length) : undefined,
      province: where.startsWith('province:') ? (where.slice('province:'.length) as Province) : undefined,
      remote: values.remote || undefined,
      minRateCents,
      startBefore: startBefore || undefined,
      sort,
    },
  };
}
