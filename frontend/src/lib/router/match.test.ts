import { describe, expect, it } from 'vitest';
import { matchRoutes, type RouteObject } from './match';

const routes: RouteObject[] = [
  {
    element: 'layout',
    children: [
      { index: true, element: 'home' },
      { path: 'assignments', element: 'list' },
      { path: 'assignments/new', element: 'new' },
      { path: 'assignments/:id', element: 'detail' },
      { path: 'assignments/:id/respond', element: 'respond' },
      { path: '*', element: 'not found' },
    ],
  },
];

const pageAt = (pathname: string) => matchRoutes(routes, pathname)?.routes.map((route) => route.element);

describe('matchRoutes', () => {
  it('renders the page inside its layout, the index route at the root', () => {
    expect(pageAt('/')).toEqual(['layout', 'home']);
    expect(pageAt('/assignments/')).toEqual(['layout', 'list']);
  });

  it('prefers a static segment over a parameter, and a parameter over the splat', () => {
    expect(pageAt('/assignments/new')).toEqual(['layout', 'new']);
    expect(pageAt('/assignments/a1')).toEqual(['layout', 'detail']);
    expect(pageAt('/assignments/a1/respond')).toEqual(['layout', 'respond']);
    expect(pageAt('/assignments/a1/other')).toEqual(['layout', 'not found']);
  });

  it('decodes parameters', () => {
    expect(matchRoutes(routes, '/assignments/a%201')?.params).toEqual({ id: 'a 1' });
  });

  it('matches nothing without a splat route', () => {
    expect(matchRoutes([{ path: 'me', element: 'me' }], '/other')).toBeUndefined();
  });
});
