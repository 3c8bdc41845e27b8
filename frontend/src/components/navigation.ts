import { ROLES, type Role } from '@/lib/auth';
import type { MessageKey } from '@/lib/i18n';

/** Who a navigation item is for: a signed-out visitor, or an account with one of the roles. */
export type Audience = Role | 'visitor';

export interface NavItem {
  to: string;
  label: MessageKey;
  audience: readonly Audience[];
}

const { professional, client, coach, privacyOfficer, admin } = ROLES;
const EVERY_ROLE: readonly Audience[] = [professional, client, coach, privacyOfficer, admin];

/** Each audience sees at most this many main items (issue 16); navigation.test.ts checks it. */
export const MAX_MAIN_ITEMS = 5;

/**
 * The main navigation, in the order it is shown. To add a page: add its route in
 * app/routes.tsx and one line here with the roles that can use it (and its label in
 * lib/i18n). An audience sees only its own items, so a new item must not push any audience
 * past MAX_MAIN_ITEMS; pages about the person's own account belong in ACCOUNT_NAV instead.
 */
export const MAIN_NAV: readonly NavItem[] = [
  { to: '/start', label: 'nav.start', audience: EVERY_ROLE },
  { to: '/assignments', label: 'nav.assignments', audience: ['visitor', professional, coach, admin] },
  { to: '/responses', label: 'nav.myResponses', audience: [professional] },
  { to: '/profile', label: 'nav.profile', audience: [professional] },
  { to: '/contact-requests', label: 'nav.contactRequests', audience: [professional] },
  { to: '/coach', label: 'nav.coach', audience: [coach] },
  { to: '/organisation/assignments', label: 'nav.myAssignments', audience: [client] },
  { to: '/assignments/new', label: 'nav.postAssignment', audience: ['visitor', client] },
  { to: '/profiles', label: 'nav.findProfessionals', audience: [client, admin] },
  { to: '/organisation', label: 'nav.organisation', audience: [client] },
  { to: '/admin/review', label: 'nav.reviewShort', audience: [admin] },
  { to: '/admin/organisations', label: 'nav.organisations', audience: [admin] },
  { to: '/privacy-officer/requests', label: 'nav.privacyRequests', audience: [privacyOfficer] },
  { to: '/privacy-officer/audit', label: 'nav.audit', audience: [privacyOfficer] },
  { to: '/privacy-officer/breaches', label: 'nav.breaches', audience: [privacyOfficer] },
  { to: '/admin/retention', label: 'nav.retention', audience: [privacyOfficer] },
];

/** The account menu under the person's name: their own account and data. */
export const ACCOUNT_NAV: readonly NavItem[] = [
  { to: '/me', label: 'nav.me', audience: EVERY_ROLE },
  { to: '/me/data', label: 'nav.myData', audience: EVERY_ROLE },
  { to: '/privacy', label: 'nav.privacy', audience: EVERY_ROLE },
  { to: '/privacy/disclosures', label: 'nav.disclosures', audience: [professional] },
];

/**
 * The items for a signed-out visitor (roles undefined) or for an account's roles. A person
 * signed in without any role yet sees what every account sees (the start page explains the
 * role choice).
 */
export function itemsFor(items: readonly NavItem[], roles: readonly string[] | undefined): NavItem[] {
  if (roles === undefined) return items.filter((item) => item.audience.includes('visitor'));
  const known = roles.filter((role): role is Role => EVERY_ROLE.includes(role as Role));
  if (known.length === 0) return items.filter((item) => item.audience === EVERY_ROLE);
  return items.filter((item) => known.some((role) => item.audience.includes(role)));
}

/** The roles the SPA knows that an account holds, in the order of ROLES. */
export function heldRoles(roles: readonly string[]): Role[] {
  return EVERY_ROLE.filter((role): role is Role => role !== 'visitor' && roles.includes(role));
}

/**
 * Issue 16, multi-role accounts: the main navigation shows one role at a time, so it stays at most
 * five items however many roles a person holds. The role chosen in the account menu, when the
 * account holds it; otherwise the first role it holds. Undefined for a visitor or a role-less account.
 */
export function activeRole(roles: readonly string[] | undefined, chosen: string | undefined): Role | undefined {
  if (roles === undefined) return undefined;
  const held = heldRoles(roles);
  return held.find((role) => role === chosen) ?? held[0];
}

/** The main items for a visitor or for the account's active role. */
export function mainItemsFor(roles: readonly string[] | undefined, chosen: string | undefined): NavItem[] {
  const active = activeRole(roles, chosen);
  return itemsFor(MAIN_NAV, active === undefined ? roles : [active]);
}

/**
 * The one item for the current page: the longest `to` that is the path or a parent of it, so
 * /assignments/new marks "Opdracht plaatsen" and not "Opdrachten" too.
 */
export function currentItem(items: readonly NavItem[], pathname: string): NavItem | undefined {
  let best: NavItem | undefined;
  for (const item of items) {
    const matches = pathname === item.to || pathname.startsWith(`${item.to}/`);
    if (matches && (!best || item.to.length > best.to.length)) best = item;
  }
  return best;
}
