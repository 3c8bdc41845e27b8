import {
  Component,
  createContext,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type ErrorInfo,
  type MouseEvent,
  type ReactNode,
} from 'react';
import {
  createBrowserHistory,
  createMemoryHistory,
  createPath,
  resolve,
  type History,
  type Location,
  type To,
} from './history';
import { matchRoutes, type Params, type RouteObject } from './match';

/**
 * A small router with react-router's vocabulary (issue 16, fast on a phone: react-router-dom
 * weighed 30 kB gzipped on every first page; this weighs about 2). It offers what the app uses:
 * nested routes with an <Outlet>, error elements, links, navigation and the search parameters.
 */
export interface NavigateOptions {
  replace?: boolean;
}

export interface Router {
  readonly routes: RouteObject[];
  readonly state: { readonly location: Location };
  navigate: (to: To | number, options?: NavigateOptions) => Promise<void>;
  subscribe: (listener: () => void) => () => void;
}

function createRouter(routes: RouteObject[], history: History): Router {
  return {
    routes,
    get state() {
      return { location: history.location() };
    },
    navigate: (to, options = {}) => {
      if (typeof to === 'number') history.go(to);
      else if (options.replace) history.replace(to);
      else history.push(to);
      return Promise.resolve();
    },
    subscribe: history.listen,
  };
}

export function createBrowserRouter(routes: RouteObject[]): Router {
  return createRouter(routes, createBrowserHistory());
}

export function createMemoryRouter(routes: RouteObject[], options: { initialEntries?: string[] } = {}): Router {
  return createRouter(routes, createMemoryHistory(options.initialEntries));
}

interface RouterContextValue {
  router: Router;
  location: Location;
  params: Params;
}

const RouterContext = createContext<RouterContextValue | undefined>(undefined);
const OutletContext = createContext<ReactNode>(null);

function useRouterContext(): RouterContextValue {
  const context = useContext(RouterContext);
  if (!context) throw new Error('Router hooks must be used inside <RouterProvider>');
  return context;
}

interface BoundaryProps {
  fallback: ReactNode;
  locationKey: string;
  children: ReactNode;
}

/** Shows the route's error element instead of a subtree that threw; a new navigation resets it. */
class RouteErrorBoundary extends Component<BoundaryProps, { failed: boolean; locationKey: string }> {
  override state = { failed: false, locationKey: this.props.locationKey };

  static getDerivedStateFromProps(props: BoundaryProps, state: { locationKey: string }) {
    return props.locationKey === state.locationKey ? null : { failed: false, locationKey: props.locationKey };
  }

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept on the console for developers; the user sees the error element, without details.
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** Renders the matched routes from the page outwards: each one's element gets the next as its outlet. */
function renderMatch(routes: RouteObject[], locationKey: string): ReactNode {
  return routes.reduceRight<ReactNode>((outlet, route) => {
    const element = <OutletContext.Provider value={outlet}>{route.element ?? outlet}</OutletContext.Provider>;
    if (route.errorElement === undefined) return element;
    return (
      <RouteErrorBoundary locationKey={locationKey} fallback={route.errorElement}>
        {element}
      </RouteErrorBoundary>
    );
  }, null);
}

export function RouterProvider({ router }: { router: Router }) {
  const location = useSyncExternalStore(router.subscribe, () => router.state.location);
  const match = useMemo(() => matchRoutes(router.routes, location.pathname), [router.routes, location.pathname]);
  const value = useMemo(() => ({ router, location, params: match?.params ?? {} }), [router, location, match]);
  return (
    <RouterContext.Provider value={value}>{match && renderMatch(match.routes, location.key)}</RouterContext.Provider>
  );
}

/** Where a parent route's element shows the matched child route. */
export function Outlet() {
  return <>{useContext(OutletContext)}</>;
}

export function useLocation(): Location {
  return useRouterContext().location;
}

export function useParams<K extends string = string>(): Partial<Record<K, string>> {
  return useRouterContext().params as Partial<Record<K, string>>;
}

export type NavigateFunction = Router['navigate'];

export function useNavigate(): NavigateFunction {
  return useRouterContext().router.navigate;
}

type SearchParamsInit = URLSearchParams | Record<string, string> | string;

/** The query string as URLSearchParams; setting it navigates (a new history entry, as a search is). */
export function useSearchParams(): [URLSearchParams, (next: SearchParamsInit, options?: NavigateOptions) => void] {
  const { router, location } = useRouterContext();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const setParams = (next: SearchParamsInit, options?: NavigateOptions) => {
    const search = new URLSearchParams(next).toString();
    void router.navigate({ pathname: location.pathname, search }, options);
  };
  return [params, setParams];
}

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: To;
  replace?: boolean;
}

function isPlainLeftClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;
}

/** An <a href> that navigates within the app; modified clicks and other targets behave as links do. */
export function Link({ to, replace, onClick, target, children, ...rest }: LinkProps) {
  const { router, location } = useRouterContext();
  const href = createPath(resolve(to, location));
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || !isPlainLeftClick(event) || (target && target !== '_self')) return;
        event.preventDefault();
        void router.navigate(to, { replace });
      }}
    >
      {children}
    </a>
  );
}

/** Navigates as soon as it is rendered. */
export function Navigate({ to, replace }: { to: To; replace?: boolean }) {
  const navigate = useNavigate();
  useEffect(() => {
    void navigate(to, { replace });
  }, [navigate, to, replace]);
  return null;
}
