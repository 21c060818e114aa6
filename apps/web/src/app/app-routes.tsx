import { Suspense } from 'react';
import { lazyWithRetry } from './recovery/lazy-with-retry.ts';
import { Route, Routes } from 'react-router';
import { PageLoading } from '../components/page-loading.tsx';
import { RequireSession } from './require-session.tsx';
import { RequireRole } from './require-role.tsx';
import { lazyPart } from './recovery/lazy-part.tsx';
// The consultant's nav label must exist before the queue's chunk loads.

// Every page is its own chunk: a public page never carries the staff pages.
// antd's Result with its 403/404 illustrations loads only when a wrong address or role shows it (issue 20: /assess < 300 KB).
const NotFoundPage = lazyPart(() => import('../components/not-found-page.tsx').then((m) => m.NotFoundPage));
const LoginPage = lazyWithRetry(() => import('../features/auth/login-page.tsx'));
const EmployerRegisterPage = lazyWithRetry(() => import('../features/employers/employer-register-page.tsx'));
const AppLayout = lazyWithRetry(() => import('./app-layout.tsx'));
const RoleHome = lazyWithRetry(() => import('./role-home.tsx'));
const ChangePasswordPage = lazyWithRetry(() => import('../features/auth/change-password-page.tsx'));
const HoldersPage = lazyWithRetry(() => import('../features/holders/holders-page.tsx'));
const UsersPage = lazyWithRetry(() => import('../features/users/users-page.tsx'));
const AuditPage = lazyWithRetry(() => import('../features/audit/audit-page.tsx'));
const PolicyAdminPage = lazyWithRetry(() => import('../features/policy-data/policy-admin-page.tsx'));
const AssessmentPage = lazyWithRetry(() => import('../features/assessment/assessment-page.tsx'));
const ConsultationRequestPage = lazyWithRetry(() => import('../features/consultations/consultation-request-page.tsx'));
const ConsultationStatusPage = lazyWithRetry(() => import('../features/consultations/consultation-status-page.tsx'));
const PrivacyNoticePage = lazyWithRetry(() => import('../features/consultations/privacy-notice-page.tsx'));
const ConsultationQueuePage = lazyWithRetry(() => import('../features/consultations/consultation-queue-page.tsx'));
const ApplicationsPage = lazyWithRetry(() => import('../features/applications/applications-page.tsx'));
const ApplicationDetailPage = lazyWithRetry(() => import('../features/applications/application-detail-page.tsx'));
const NewApplicationPage = lazyWithRetry(() => import('../features/applications/new-application-page.tsx'));
const VisitSlotsPage = lazyWithRetry(() => import('../features/visits/visit-slots-page.tsx'));
const RegisterHolderPage = lazyWithRetry(() => import('../features/holders/register-holder-page.tsx'));
const HolderDetailPage = lazyWithRetry(() => import('../features/holders/holder-detail-page.tsx'));
const NotificationsPage = lazyWithRetry(() => import('../features/notifications/notifications-page.tsx'));
const MyClaimsPage = lazyWithRetry(() => import('../features/holders/me/my-claims-page.tsx'));
const MyPermitsPage = lazyWithRetry(() => import('../features/permits/my-permits-page.tsx'));
const MySmsPage = lazyWithRetry(() => import('../features/notifications/my-sms-page.tsx'));
const MyPointsRecordPage = lazyWithRetry(() => import('../features/points-records/my-points-record-page.tsx'));
const ActivationPage = lazyWithRetry(() => import('../features/activation/activation-page.tsx'));
const AskOnlinePage = lazyWithRetry(() => import('../features/online-consult/ask-page.tsx'));
const OnlineThreadPage = lazyWithRetry(() => import('../features/online-consult/thread-page.tsx'));
const OnlineWorkbenchPage = lazyWithRetry(() => import('../features/online-consult/workbench-page.tsx'));
const NoticeVerifyPage = lazyWithRetry(() => import('../features/notices/verify-page.tsx'));
const FailedSmsPage = lazyWithRetry(() => import('../features/sms-outbox/failed-sms-page.tsx'));
const RosterPage = lazyWithRetry(() => import('../features/roster/roster-page.tsx'));
const WorkbenchPage = lazyWithRetry(() => import('../features/review/workbench-page.tsx'));
const TransfersPage = lazyWithRetry(() => import('../features/transfers/transfers-page.tsx'));

export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/register-employer" element={<EmployerRegisterPage />} />
        <Route path="/assess" element={<AssessmentPage />} />
        <Route path="/consult" element={<ConsultationRequestPage />} />
        <Route path="/consult/status" element={<ConsultationStatusPage />} />
        <Route path="/privacy" element={<PrivacyNoticePage />} />
        <Route path="/activate" element={<ActivationPage />} />
        <Route path="/consult/ask" element={<AskOnlinePage />} />
        <Route path="/consult/thread" element={<OnlineThreadPage />} />
        <Route path="/verify/:code" element={<NoticeVerifyPage />} />
        <Route
          element={
            <RequireSession>
              <AppLayout />
            </RequireSession>
          }
        >
          <Route index element={<RoleHome />} />
          <Route path="change-password" element={<ChangePasswordPage />} />
          <Route
            path="holders"
            element={
              <RequireRole path="/holders">
                <HoldersPage />
              </RequireRole>
            }
          />
          <Route
            path="admin/users"
            element={
              <RequireRole path="/admin/users">
                <UsersPage />
              </RequireRole>
            }
          />
          <Route path="consultations" element={<ConsultationQueuePage />} />
          <Route
            path="admin/audit"
            element={
              <RequireRole path="/admin/audit">
                <AuditPage />
              </RequireRole>
            }
          />
          <Route
            path="admin/policy"
            element={
              <RequireRole path="/admin/policy">
                <PolicyAdminPage />
              </RequireRole>
            }
          />
          <Route
            path="applications"
            element={
              <RequireRole path="/applications">
                <ApplicationsPage />
              </RequireRole>
            }
          />
          <Route
            path="applications/new"
            element={
              <RequireRole path="/applications/new">
                <NewApplicationPage />
              </RequireRole>
            }
          />
          <Route
            path="applications/:id"
            element={
              <RequireRole path="/applications">
                <ApplicationDetailPage />
              </RequireRole>
            }
          />
          <Route
            path="visit-slots"
            element={
              <RequireRole path="/visit-slots">
                <VisitSlotsPage />
              </RequireRole>
            }
          />
          <Route
            path="holders/new"
            element={
              <RequireRole path="/holders/new">
                <RegisterHolderPage />
              </RequireRole>
            }
          />
          <Route
            path="holders/:id"
            element={
              <RequireRole path="/holders">
                <HolderDetailPage />
              </RequireRole>
            }
          />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route
            path="me/claims"
            element={
              <RequireRole path="/me/claims">
                <MyClaimsPage />
              </RequireRole>
            }
          />
          <Route
            path="me/permits"
            element={
              <RequireRole path="/me/permits">
                <MyPermitsPage />
              </RequireRole>
            }
          />
          <Route
            path="me/sms"
            element={
              <RequireRole path="/me/sms">
                <MySmsPage />
              </RequireRole>
            }
          />
          <Route
            path="consultant/online"
            element={
              <RequireRole path="/consultant/online">
                <OnlineWorkbenchPage />
              </RequireRole>
            }
          />
          <Route
            path="admin/sms"
            element={
              <RequireRole path="/admin/sms">
                <FailedSmsPage />
              </RequireRole>
            }
          />
          <Route
            path="roster"
            element={
              <RequireRole path="/roster">
                <RosterPage />
              </RequireRole>
            }
          />
          <Route
            path="me/points-record"
            element={
              <RequireRole path="/me/points-record">
                <MyPointsRecordPage />
              </RequireRole>
            }
          />
          <Route
            path="workbench"
            element={
              <RequireRole path="/workbench">
                <WorkbenchPage />
              </RequireRole>
            }
          />
          <Route
            path="transfers"
            element={
              <RequireRole path="/transfers">
                <TransfersPage />
              </RequireRole>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
