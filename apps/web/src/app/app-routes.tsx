import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { PageLoading } from '../components/page-loading.tsx';
import { RequireSession } from './require-session.tsx';
import { RequireRole } from './require-role.tsx';
import { NotFoundPage } from '../components/not-found-page.tsx';
// The consultant's nav label must exist before the queue's chunk loads.
import '../features/consultation/nav-messages.ts';

// Every page is its own chunk: a public page never carries the staff pages.
const LoginPage = lazy(() => import('../features/auth/login-page.tsx'));
const EmployerRegisterPage = lazy(() => import('../features/register/employer-register-page.tsx'));
const AppLayout = lazy(() => import('./app-layout.tsx'));
const RoleHome = lazy(() => import('./role-home.tsx'));
const HoldersPage = lazy(() => import('../features/holders/holders-page.tsx'));
const UsersPage = lazy(() => import('../features/admin/users-page.tsx'));
const AuditPage = lazy(() => import('../features/admin/audit-page.tsx'));
const AssessmentPage = lazy(() => import('../features/assessment/assessment-page.tsx'));
const ConsultationRequestPage = lazy(() => import('../features/consultation/consultation-request-page.tsx'));
const ConsultationStatusPage = lazy(() => import('../features/consultation/consultation-status-page.tsx'));
const PrivacyNoticePage = lazy(() => import('../features/consultation/privacy-notice-page.tsx'));
const ConsultationQueuePage = lazy(() => import('../features/consultation/consultation-queue-page.tsx'));

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
        <Route
          element={
            <RequireSession>
              <AppLayout />
            </RequireSession>
          }
        >
          <Route index element={<RoleHome />} />
          <Route path="holders" element={<RequireRole path="/holders"><HoldersPage /></RequireRole>} />
          <Route path="admin/users" element={<RequireRole path="/admin/users"><UsersPage /></RequireRole>} />
          <Route path="consultations" element={<ConsultationQueuePage />} />
          <Route path="admin/audit" element={<RequireRole path="/admin/audit"><AuditPage /></RequireRole>} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
