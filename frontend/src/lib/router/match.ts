import type { ReactNode } from 'react';

/**
 * A route as react-router spells it, for the part of it this app uses: nested routes, pathless
 * layout routes, index routes, `:param` and `*` segments, and an error element per route.
 */
export interface RouteObject {
  path?: string;
  index?: boolean;
  element?: ReactNode;
  errorElement?: ReactNode;
  children?: RouteObject[];
}

export type Params = Record<string, string>;

export interface RouteMatch {
  /** The routes from the outermost to the page, each rendered around the next. */
  routes: RouteObject[];
  params: Params;
}

interface Branch {
  routes: RouteObject[];
  segments: string[];
}

function segmentsOf(path: string | undefined): string[] {
  return (path ?? '').split('/').filter((segment) => segment !== '');
}

function branchesOf(routes: RouteObject[], parents: RouteObject[] = [], prefix: string[] = []): Branch[] {
  return routes.flatMap((route) => {
    const chain = [...parents, route];
    const segments = [...prefix, ...segmentsOf(route.path)];
    if (route.children) return branchesOf(route.children, chain, segments);
    return [{ routes: chain, segments }];
  });
}

/** Static segments beat parameters, which beat a splat: `assignments/new` wins over `assignments/:id`. */
function score(segments: string[]): number {
  return segments.reduce((sum, segment) => sum + (segment === '*' ? -2 : segment.startsWith(':') ? 3 : 10), 0);
}

function matchBranch(branch: Branch, path: string[]): Params | undefined {
  const params: Params = {};
  for (const [i, segment] of branch.segments.entries()) {
    if (segment === '*') {
      params['*'] = path.slice(i).join('/');
      return params;
    }
    const actual = path[i];
    if (actual === undefined) return undefined;
    if (segment.startsWith(':')) params[segment.slice(1)] = decodeURIComponent(actual);
    else if (segment !== actual) return undefined;
  }
  return branch.segments.length === path.length ? params : undefined;
}

/** The best matching branch for a pathname, or undefined when no route (not even `*`) matches. */
export function matchRoutes(routes: RouteObject[], pathname: string): RouteMatch | undefined {
  const path = segmentsOf(pathname);
  let best: (RouteMatch & { score: number }) | undefined;
  for (const branch of branchesOf(routes)) {
    const page = branch.routes.at(-1);
    // A pathless leaf that is not an index route matches nothing by itself.
    if (!page || (!page.index && page.path === undefined)) continue;
    const params = matchBranch(branch, path);
    if (!params) continue;
    const branchScore = score(branch.segments);
    if (!best || branchScore > best.score) best = { routes: branch.routes, params, score: branchScore };
  }
  return best && { routes: best.routes, params: best.params };
}
