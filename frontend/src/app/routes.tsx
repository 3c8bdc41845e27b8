import { lazy, type ComponentType } from 'react';
import type { RouteObject } from '@/lib/router';
import { Layout } from '@/components/Layout';
import { RouteError } from '@/components/RouteError';
import { CALLBACK_PATH, useAuth } from '@/lib/auth';
import { useAllStrings } from '@/lib/i18n';
import { AuthCallbackPage } from './routes/AuthCallbackPage';
import { NotFoundPage } from './routes/NotFoundPage';

const pageLoaders: (() => Promise<void>)[] = [];

/**
 * Every feature page is its own chunk (issue 16, fast on a phone): a visitor downloads the code of
 * the page they open, not of all forty. The layout's <Suspense> shows a loading line meanwhile.
 * Once a page's chunk has arrived it renders at once, without suspending again. A page also waits
 * for all of the language's strings, except a first page (`landing`) opened by a visitor: those
 * carry only the strings of nl.ts.
 */
function lazyPage<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
  { landing = false } = {},
): ComponentType {
  let loaded: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const fetchPage = () => {
    pending ??= load().then((module) => {
      loaded = module[name];
      return loaded;
    });
    return pending;
  };
  const Pending = lazy(() => fetchPage().then((page) => ({ default: page })));
  pageLoaders.push(() => fetchPage().then(() => undefined));
  return function Page() {
    const auth = useAuth();
    // The chunk is fetched while the strings are (not after them).
    if (!loaded) void fetchPage();
    useAllStrings(!landing || auth.isAuthenticated || auth.isLoading);
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Pending />;
  };
}

/** Fetches every page's chunk (tests render pages as if their chunks had already arrived). */
export function preloadPages(): Promise<void> {
  return Promise.all(pageLoaders.map((loadPage) => loadPage())).then(() => undefined);
}

const AccountErasedPage = lazyPage(() => import('@/features/my-data/routes/AccountErasedPage'), 'AccountErasedPage');
const AdminOrganisationsPage = lazyPage(
  () => import('@/features/admin-organisations/routes/AdminOrganisationsPage'),
  'AdminOrganisationsPage',
);
const AssignmentDetailPage = lazyPage(
  () => import('@/features/assignments/routes/AssignmentDetailPage'),
  'AssignmentDetailPage',
  { landing: true },
);
const AssignmentsPage = lazyPage(() => import('@/features/assignments/routes/AssignmentsPage'), 'AssignmentsPage', {
  landing: true,
});
const AuditPage = lazyPage(() => import('@/features/privacy-office/routes/AuditPage'), 'AuditPage');
const BreachesPage = lazyPage(() => import('@/features/privacy-office/routes/BreachesPage'), 'BreachesPage');
const CoachPage = lazyPage(() => import('@/features/introductions/routes/CoachPage'), 'CoachPage');
const ConfirmJobAlertPage = lazyPage(
  () => import('@/features/consents/routes/ConfirmJobAlertPage'),
  'ConfirmJobAlertPage',
);
const ConfirmPrivacyRequestPage = lazyPage(
  () => import('@/features/privacy-request/routes/ConfirmPrivacyRequestPage'),
  'ConfirmPrivacyRequestPage',
);
const ConsentsPage = lazyPage(() => import('@/features/consents/routes/ConsentsPage'), 'ConsentsPage');
const ContactRequestsPage = lazyPage(
  () => import('@/features/introductions/routes/ContactRequestsPage'),
  'ContactRequestsPage',
);
const DisclosuresPage = lazyPage(() => import('@/features/disclosures/routes/DisclosuresPage'), 'DisclosuresPage');
const HomePage = lazyPage(() => import('@/features/home/routes/HomePage'), 'HomePage', { landing: true });
const IntroductionsPage = lazyPage(
  () => import('@/features/introductions/routes/IntroductionsPage'),
  'IntroductionsPage',
);
const JobAlertsPage = lazyPage(() => import('@/features/consents/routes/JobAlertsPage'), 'JobAlertsPage');
const JoinOrganisationPage = lazyPage(
  () => import('@/features/organisation/routes/JoinOrganisationPage'),
  'JoinOrganisationPage',
);
const ManageAssignmentPage = lazyPage(
  () => import('@/features/assignments/routes/ManageAssignmentPage'),
  'ManageAssignmentPage',
);
const KeepAccountPage = lazyPage(() => import('@/features/keep/routes/KeepAccountPage'), 'KeepAccountPage');
const KeepResponsePage = lazyPage(() => import('@/features/keep/routes/KeepResponsePage'), 'KeepResponsePage');
const MePage = lazyPage(() => import('@/features/me/routes/MePage'), 'MePage');
const MyDataPage = lazyPage(() => import('@/features/my-data/routes/MyDataPage'), 'MyDataPage');
const MyResponsesPage = lazyPage(() => import('@/features/responses/routes/MyResponsesPage'), 'MyResponsesPage');
const NewAssignmentPage = lazyPage(
  () => import('@/features/assignments/routes/NewAssignmentPage'),
  'NewAssignmentPage',
);
const OrganisationAssignmentsPage = lazyPage(
  () => import('@/features/assignments/routes/OrganisationAssignmentsPage'),
  'OrganisationAssignmentsPage',
);
const OrganisationIntroductionsPage = lazyPage(
  () => import('@/features/introductions/routes/OrganisationIntroductionsPage'),
  'OrganisationIntroductionsPage',
);
const OrganisationPage = lazyPage(() => import('@/features/organisation/routes/OrganisationPage'), 'OrganisationPage');
const PrivacyPage = lazyPage(() => import('@/features/consents/routes/PrivacyPage'), 'PrivacyPage');
const PrivacyRequestExportPage = lazyPage(
  () => import('@/features/privacy-request/routes/PrivacyRequestExportPage'),
  'PrivacyRequestExportPage',
);
const PrivacyRequestPage = lazyPage(
  () => import('@/features/privacy-request/routes/PrivacyRequestPage'),
  'PrivacyRequestPage',
);
const PrivacyRequestStatusPage = lazyPage(
  () => import('@/features/privacy-request/routes/PrivacyRequestStatusPage'),
  'PrivacyRequestStatusPage',
);
const ProfileDetailPage = lazyPage(() => import('@/features/profiles/routes/ProfileDetailPage'), 'ProfileDetailPage');
const ProfilePage = lazyPage(() => import('@/features/profile/routes/ProfilePage'), 'ProfilePage');
const ProfileSearchPage = lazyPage(() => import('@/features/profiles/routes/ProfileSearchPage'), 'ProfileSearchPage');
const RequestDetailPage = lazyPage(
  () => import('@/features/privacy-office/routes/RequestDetailPage'),
  'RequestDetailPage',
);
const RequestQueuePage = lazyPage(
  () => import('@/features/privacy-office/routes/RequestQueuePage'),
  'RequestQueuePage',
);
const RespondPage = lazyPage(() => import('@/features/assignments/routes/RespondPage'), 'RespondPage');
const RetentionPage = lazyPage(() => import('@/features/retention/routes/RetentionPage'), 'RetentionPage');
const ReviewQueuePage = lazyPage(() => import('@/features/review/routes/ReviewQueuePage'), 'ReviewQueuePage');
const StartPage = lazyPage(() => import('@/features/start/routes/StartPage'), 'StartPage');
const UnsubscribePage = lazyPage(() => import('@/features/consents/routes/UnsubscribePage'), 'UnsubscribePage');
const VerifyAssignmentPage = lazyPage(
  () => import('@/features/assignments/routes/VerifyAssignmentPage'),
  'VerifyAssignmentPage',
);
const VerifyResponsePage = lazyPage(
  () => import('@/features/responses/routes/VerifyResponsePage'),
  'VerifyResponsePage',
);

/**
 * The shared layout around these pages, with two error boundaries: one inside the layout (a page
 * that fails to render shows a translated message under the navigation) and one on the layout
 * route itself (for when the layout fails).
 */
export function withLayout(pages: RouteObject[]): RouteObject[] {
  return [
    {
      element: <Layout />,
      errorElement: <RouteError standalone />,
      children: [{ errorElement: <RouteError />, children: pages }],
    },
  ];
}

/** The pages, inside the shared layout. Used by the app router and by tests (memory router). */
export const pageRoutes: RouteObject[] = withLayout([
  { index: true, element: <HomePage /> },
  { path: 'start', element: <StartPage /> },
  { path: 'me', element: <MePage /> },
  { path: 'me/data', element: <MyDataPage /> },
  { path: 'me/data/erased', element: <AccountErasedPage /> },
  { path: 'profile', element: <ProfilePage /> },
  { path: 'privacy/disclosures', element: <DisclosuresPage /> },
  { path: 'privacy', element: <PrivacyPage /> },
  { path: 'privacy/consents', element: <ConsentsPage /> },
  { path: 'job-alerts', element: <JobAlertsPage /> },
  { path: 'job-alerts/confirm', element: <ConfirmJobAlertPage /> },
  { path: 'unsubscribe', element: <UnsubscribePage /> },
  { path: 'keep-account', element: <KeepAccountPage /> },
  { path: 'keep-response', element: <KeepResponsePage /> },
  { path: 'privacy-request', element: <PrivacyRequestPage /> },
  { path: 'privacy-request/confirm', element: <ConfirmPrivacyRequestPage /> },
  { path: 'privacy-request/status', element: <PrivacyRequestStatusPage /> },
  { path: 'privacy-request/export', element: <PrivacyRequestExportPage /> },
  { path: 'organisation', element: <OrganisationPage /> },
  { path: 'profiles', element: <ProfileSearchPage /> },
  { path: 'profiles/:id', element: <ProfileDetailPage /> },
  { path: 'admin/organisations', element: <AdminOrganisationsPage /> },
  { path: 'assignments', element: <AssignmentsPage /> },
  { path: 'assignments/new', element: <NewAssignmentPage /> },
  { path: 'assignments/verify', element: <VerifyAssignmentPage /> },
  { path: 'assignments/:id', element: <AssignmentDetailPage /> },
  { path: 'assignments/:id/respond', element: <RespondPage /> },
  { path: 'responses', element: <MyResponsesPage /> },
  { path: 'responses/verify', element: <VerifyResponsePage /> },
  { path: 'manage/:id', element: <ManageAssignmentPage /> },
  { path: 'organisation/assignments', element: <OrganisationAssignmentsPage /> },
  { path: 'admin/review', element: <ReviewQueuePage /> },
  { path: 'contact-requests', element: <ContactRequestsPage /> },
  { path: 'introductions', element: <IntroductionsPage /> },
  { path: 'coach', element: <CoachPage /> },
  { path: 'organisation/introductions', element: <OrganisationIntroductionsPage /> },
  { path: 'organisation/join', element: <JoinOrganisationPage /> },
  { path: 'privacy-officer/requests', element: <RequestQueuePage /> },
  { path: 'privacy-officer/requests/:id', element: <RequestDetailPage /> },
  { path: 'privacy-officer/audit', element: <AuditPage /> },
  { path: 'privacy-officer/breaches', element: <BreachesPage /> },
  { path: 'admin/retention', element: <RetentionPage /> },
  { path: CALLBACK_PATH.slice(1), element: <AuthCallbackPage /> },
  { path: '*', element: <NotFoundPage /> },
]);
