import { describe, expect, it } from 'vitest';
import { ROLES } from '@/lib/auth';
import {
  ACCOUNT_NAV,
  activeRole,
  currentItem,
  heldRoles,
  itemsFor,
  MAIN_NAV,
  mainItemsFor,
  MAX_MAIN_ITEMS,
} from './navigation';

describe('navigation model', () => {
  it.each([undefined, ...Object.values(ROLES).map((role) => [role])])('gives %s at most five main items', (roles) => {
    expect(itemsFor(MAIN_NAV, roles).length).toBeLessThanOrEqual(MAX_MAIN_ITEMS);
    expect(itemsFor(MAIN_NAV, roles).length).toBeGreaterThan(0);
  });

  it('never offers posting to a professional, nor staff pages to anyone else', () => {
    const hrefs = (roles: string[] | undefined) => itemsFor(MAIN_NAV, roles).map((item) => item.to);
    expect(hrefs([ROLES.professional])).not.toContain('/assignments/new');
    for (const roles of [undefined, [ROLES.professional], [ROLES.client]]) {
      expect(hrefs(roles).filter((to) => to.startsWith('/admin') || to.startsWith('/privacy-officer'))).toEqual([]);
    }
  });

  it('gives an account without a known role only what every account has', () => {
    expect(itemsFor(MAIN_NAV, []).map((item) => item.to)).toEqual(['/start']);
    expect(itemsFor(ACCOUNT_NAV, ['offline_access']).map((item) => item.to)).toEqual(['/me', '/me/data', '/privacy']);
  });

  it('marks the most specific item as current', () => {
    const items = [...MAIN_NAV, ...ACCOUNT_NAV];
    expect(currentItem(items, '/assignments/new')?.to).toBe('/assignments/new');
    expect(currentItem(items, '/assignments/3f2a')?.to).toBe('/assignments');
    expect(currentItem(items, '/organisation/assignments')?.to).toBe('/organisation/assignments');
    expect(currentItem(items, '/me/data')?.to).toBe('/me/data');
    expect(currentItem(items, '/privacy-officer/requests/9')?.to).toBe('/privacy-officer/requests');
    expect(currentItem(items, '/')).toBeUndefined();
    expect(currentItem(items, '/mediation')).toBeUndefined();
  });

  /** Every combination of two or more roles, e.g. [professional, client]. */
  const allRoles = Object.values(ROLES);
  const combinations = Array.from({ length: 2 ** allRoles.length }, (_, mask) =>
    allRoles.filter((_, bit) => mask & (1 << bit)),
  ).filter((roles) => roles.length >= 2);

  it('keeps a person with several roles at five main items at most, whichever role is active', () => {
    expect(combinations).toHaveLength(26);
    for (const roles of combinations) {
      for (const chosen of [undefined, ...roles]) {
        const items = mainItemsFor(roles, chosen);
        expect(items.length, `${roles.join('+')} as ${chosen ?? 'default'}`).toBeLessThanOrEqual(MAX_MAIN_ITEMS);
        expect(items).toEqual(itemsFor(MAIN_NAV, [activeRole(roles, chosen) ?? '']));
      }
    }
  });

  it('starts with the first role held, honours a chosen role the account holds, and ignores one it does not', () => {
    expect(heldRoles(['client', 'offline_access', 'professional'])).toEqual([ROLES.professional, ROLES.client]);
    expect(activeRole(['client', 'professional'], undefined)).toBe(ROLES.professional);
    expect(activeRole(['client', 'professional'], 'client')).toBe(ROLES.client);
    expect(activeRole(['client', 'professional'], 'admin')).toBe(ROLES.professional);
    expect(activeRole(['offline_access'], 'client')).toBeUndefined();
    expect(activeRole(undefined, 'client')).toBeUndefined();
    expect(mainItemsFor(undefined, 'client')).toEqual(itemsFor(MAIN_NAV, undefined));
    expect(mainItemsFor([], undefined).map((item) => item.to)).toEqual(['/start']);
    expect(mainItemsFor(['client', 'professional'], 'client').map((item) => item.to)).toContain('/assignments/new');
    expect(mainItemsFor(['client', 'professional'], undefined).map((item) => item.to)).not.toContain(
      '/assignments/new',
    );
  });
});
