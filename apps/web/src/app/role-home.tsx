import { lazy } from 'react';
import { Navigate } from 'react-router';
import { useSession } from '../features/auth/session-api.ts';

const HolderHomePage = lazy(() => import('../features/holder/holder-home-page.tsx'));
const HrHomePage = lazy(() => import('../features/hr/hr-home-page.tsx'));
const ReviewerHomePage = lazy(() => import('../features/reviewer/reviewer-home-page.tsx'));
const ClerkHomePage = lazy(() => import('../features/clerk/clerk-home-page.tsx'));
const ConsultantHomePage = lazy(() => import('../features/consultant/consultant-home-page.tsx'));

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
