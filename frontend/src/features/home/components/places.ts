import type { MessageKey } from '@/lib/i18n';

/**
 * "Waar" on the home page: the larger places by their two-digit postcode area (the API's region
 * filter is a postcode prefix), plus working remotely. The numbers are the public postcode
 * areas of PostNL's numbering; place names are proper names and need no translation.
 */
export const PLACES: readonly { name: string; region: string }[] = [
  { name: 'Amsterdam', region: '10' },
  { name: 'Rotterdam', region: '30' },
  { name: 'Den Haag', region: '25' },
  { name: 'Utrecht', region: '35' },
  { name: 'Eindhoven', region: '56' },
  { name: 'Groningen', region: '97' },
  { name: 'Arnhem', region: '68' },
  { name: 'Zwolle', region: '80' },
  { name: 'Maastricht', region: '62' },
  { name: 'Haarlem', region: '20' },
];

export const ANYWHERE = '';
export const REMOTE = 'remote';

export const WHERE_LABELS: Record<typeof ANYWHERE | typeof REMOTE, MessageKey> = {
  [ANYWHERE]: 'home.search.anywhere',
  [REMOTE]: 'home.search.remote',
};

/** The assignment list's address for "wat" and "waar" (the list keeps its criteria in the URL). */
export function searchPath(what: string, where: string): string {
  const params = new URLSearchParams();
  const q = what.trim();
  if (q) params.set('q', q.slice(0, 100));
  if (where === REMOTE) params.set('remote', 'REMOTE');
  else if (PLACES.some((place) => place.region === where)) params.set('region', where);
  const query = params.toString();
  return query ? `/assignments?${query}` : '/assignments';
}
