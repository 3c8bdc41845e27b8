export {
  Link,
  Navigate,
  Outlet,
  RouterProvider,
  createBrowserRouter,
  createMemoryRouter,
  useLocation,
  useNavigate,
  useParams,
  useSearchParams,
} from './router';
export type { NavigateFunction, NavigateOptions, Router } from './router';
export type { Location, To } from './history';
export type { RouteObject } from './match';
