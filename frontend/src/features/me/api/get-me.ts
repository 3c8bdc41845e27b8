/**
 * GET /api/v1/me. The request itself lives in lib/api/me.ts because the navigation and the
 * route guards need the same data (and the same query key); this feature re-exports it.
 */
export { getMe, meQueryOptions, useMe, type Me } from '@/lib/api/me';
