import type { RouteObject } from 'react-router-dom';
import { Layout } from '@/components/Layout';
import { RouteError } from '@/components/RouteError';
import { AdminOrganisationsPage } from '@/features/admin-organisations/routes/AdminOrganisationsPage';
import { AssignmentDetailPage } from '@/features/assignments/routes/AssignmentDetailPage';
import { AssignmentsPage } from '@/features/assignments/routes/AssignmentsPage';
import { ConfirmJobAlertPage } from '@/features/consents/routes/ConfirmJobAlertPage';
import { ConsentsPage } from '@/features/consents/routes/ConsentsPage';
import { JobAlertsPage } from '@/features/consents/routes/JobAlertsPage';
import { PrivacyPage } from '@/features/consents/routes/PrivacyPage';
import { UnsubscribePage } from '@/features/consents/routes/UnsubscribePage';
import { KeepAccountPage } from '@/features/keep/routes/KeepAccountPage';
import { KeepResponsePage } from '@/features/keep/routes/KeepResponsePage';
import { ManageAssignmentPage } from '@/features/assignments/routes/ManageAssignmentPage';
import { NewAssignmentPage } from '@/features/assignments/routes/NewAssignmentPage';
import { OrganisationAssignmentsPage } from '@/features/assignments/routes/OrganisationAssignmentsPage';
import { RespondPage } from '@/features/assignments/routes/RespondPage';
import { VerifyAssignmentPage } from '@/features/assignments/routes/VerifyAssignmentPage';
import { DisclosuresPage } from '@/features/disclosures/routes/DisclosuresPage';
import { HomePage } from '@/features/home/routes/HomePage';
import { CoachPage } from '@/features/introductions/routes/CoachPage';
import { ContactRequestsPage } from '@/features/introductions/routes/ContactRequestsPage';
import { IntroductionsPage } from '@/features/introductions/routes/IntroductionsPage';
import { OrganisationIntroductionsPage } from '@/features/introductions/routes/OrganisationIntroductionsPage';
import { MePage } from '@/features/me/routes/MePage';
import { JoinOrganisationPage } from '@/features/organisation/routes/JoinOrganisationPage';
import { AccountErasedPage } from '@/features/my-data/routes/AccountErasedPage';
import { MyDataPage } from '@/features/my-data/routes/MyDataPage';
import { OrganisationPage } from '@/features/organisation/routes/OrganisationPage';
import { AuditPage } from '@/features/privacy-office/routes/AuditPage';
import { BreachesPage } from '@/features/privacy-office/routes/BreachesPage';
import { RequestDetailPage } from '@/features/privacy-office/routes/RequestDetailPage';
import { RequestQueuePage } from '@/features/privacy-office/routes/RequestQueuePage';
import { ConfirmPrivacyRequestPage } from '@/features/privacy-request/routes/ConfirmPrivacyRequestPage';
import { PrivacyRequestExportPage } from '@/features/privacy-request/routes/PrivacyRequestExportPage';
import { PrivacyRequestPage } from '@/features/privacy-request/routes/PrivacyRequestPage';
import { PrivacyRequestStatusPage } from '@/features/privacy-request/routes/PrivacyRequestStatusPage';
import { ProfilePage } from '@/features/profile/routes/ProfilePage';
import { ProfileDetailPage } from '@/features/profiles/routes/ProfileDetailPage';
import { ProfileSearchPage } from '@/features/profiles/routes/ProfileSearchPage';
import { MyResponsesPage } from '@/features/responses/routes/MyResponsesPage';
import { VerifyResponsePage } from '@/features/responses/routes/VerifyResponsePage';
import { RetentionPage } from '@/features/retention/routes/RetentionPage';
import { ReviewQueuePage } from '@/features/review/routes/ReviewQueuePage';
import { StartPage } from '@/features/start/routes/StartPage';
import { CALLBACK_PATH } from '@/lib/auth';
import { AuthCallbackPage } from './routes/AuthCallbackPage';
import { NotFoundPage } from './routes/NotFoundPage';

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
