import { describe, expect, it } from 'vitest';
import { ROLES } from '@/lib/auth';
import { ACCOUNT_NAV, currentItem, itemsFor, MAIN_NAV, MAX_MAIN_ITEMS } from './navigation';

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
});
