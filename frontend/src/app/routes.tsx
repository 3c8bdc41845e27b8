import type { RouteObject } from 'react-router-dom';
import { Layout } from '@/components/Layout';
import { HomePage } from '@/features/home/routes/HomePage';
import { MePage } from '@/features/me/routes/MePage';
import { CALLBACK_PATH } from '@/lib/auth';
import { AuthCallbackPage } from './routes/AuthCallbackPage';
import { NotFoundPage } from './routes/NotFoundPage';

/** The pages, inside the shared layout. Used by the app router and by tests (memory router). */
export const pageRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'me', element: <MePage /> },
      { path: CALLBACK_PATH.slice(1), element: <AuthCallbackPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
