import { lazyWithRetry } from './recovery/lazy-with-retry.ts';
import { Navigate } from 'react-router';
import { useSession } from '../features/auth/session-api.ts';

const HolderHomePage = lazyWithRetry(() => import('../features/holder/holder-home-page.tsx'));
const HrHomePage = lazyWithRetry(() => import('../features/hr/hr-home-page.tsx'));
const ReviewerHomePage = lazyWithRetry(() => import('../features/reviewer/reviewer-home-page.tsx'));
const ClerkHomePage = lazyWithRetry(() => import('../features/clerk/clerk-home-page.tsx'));
const ConsultantHomePage = lazyWithRetry(() => import('../features/consultant/consultant-home-page.tsx'));

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
