import { lazyWithRetry } from './recovery/lazy-with-retry.ts';
import { Navigate } from 'react-router';
import { useSession } from '../features/auth/session-api.ts';

const HolderHomePage = lazyWithRetry(() => import('../features/holders/me/holder-home-page.tsx'));
const HrHomePage = lazyWithRetry(() => import('../features/employers/hr-home-page.tsx'));
const ReviewerHomePage = lazyWithRetry(() => import('../features/employers/reviewer-home-page.tsx'));
const ClerkHomePage = lazyWithRetry(() => import('../features/permits/clerk-home-page.tsx'));
const ConsultantHomePage = lazyWithRetry(() => import('../features/consultations/consultant-home-page.tsx'));

/** `/` shows the home of the signed-in user's role. */
export default function RoleHome() {
  const { data: user } = useSession();
  switch (user?.role) {
    case 'holder':
      return <HolderHomePage />;
    case 'hr':
      return <HrHomePage />;
    case 'reviewer':
      return <ReviewerHomePage />;
    case 'clerk':
      return <ClerkHomePage />;
    case 'consultant':
      return <ConsultantHomePage />;
    case 'admin':
      return <Navigate to="/admin/users" replace />;
    default:
      return null;
  }
}
