import { hasAnyRole, ROLES, useAuth } from '@/lib/auth';
import { useMe } from '@/lib/api';

/**
 * Which actions an assignment page offers whom (issue 16), in one place so that the list, the
 * assignment page and its phone action bar agree; the API decides in the end (403 otherwise).
 * A visitor without an account may post and respond; of the accounts, only clients post and
 * only professionals respond. Managing is for whoever the API shows the managed assignment to.
 */
export interface Viewer {
  /** False while sign-in or the roles are still loading: show no role-dependent action yet. */
  ready: boolean;
  /** Undefined for a visitor without an account. */
  roles: readonly string[] | undefined;
}

export function useViewer(): Viewer {
  const auth = useAuth();
  const me = useMe();
  if (auth.isLoading) return { ready: false, roles: undefined };
  if (!auth.isAuthenticated) return { ready: true, roles: undefined };
  return { ready: me.isSuccess, roles: me.data?.roles ?? [] };
}

export function mayPost(viewer: Viewer): boolean {
  return viewer.ready && (viewer.roles === undefined || hasAnyRole(viewer.roles, [ROLES.client]));
}

export function mayRespond(viewer: Viewer): boolean {
  return viewer.ready && (viewer.roles === undefined || hasAnyRole(viewer.roles, [ROLES.professional]));
}

/** Signed in as someone the API may show the managed assignment to: its organisation's client, or an admin. */
export function mayAskToManage(viewer: Viewer): boolean {
  return viewer.ready && hasAnyRole(viewer.roles, [ROLES.client, ROLES.admin]);
}
