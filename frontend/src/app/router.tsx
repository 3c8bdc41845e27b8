import { createBrowserRouter, RouterProvider } from '@/lib/router';
import { AuthRoot } from './AuthRoot';
import { pageRoutes } from './routes';

const router = createBrowserRouter([{ element: <AuthRoot />, children: pageRoutes }]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
