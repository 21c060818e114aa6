import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../features/auth/session-api.ts';
import { PageLoading } from '../components/page-loading.tsx';
import { LoadFailed } from '../components/load-failed.tsx';
import { lazyWithRetry } from './recovery/lazy-with-retry.ts';

export const CHANGE_PASSWORD_PATH = '/change-password';

const PublicHomePage = lazyWithRetry(() => import('../features/public-home/public-home-page.tsx'));

/**
 * Staff and holder pages need a session; without one, go to login and come
 * back. `/` itself is the public home for a visitor: the self-assessment,
 * the consultation request and sign-in.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoading />;
  if (session.isError) return <LoadFailed error={session.error} onRetry={() => void session.refetch()} />;
  if (session.data === null) {
    if (location.pathname === '/') return <PublicHomePage />;
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  // A password set by someone else (an administrator, HR) is changed before anything else; the API refuses the rest until then.
  // It then returns to the page the user asked for (a link in an SMS, say).
  if (session.data.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    const next = `${location.pathname}${location.search}`;
    return (
      <Navigate
        to={next === '/' ? CHANGE_PASSWORD_PATH : `${CHANGE_PASSWORD_PATH}?next=${encodeURIComponent(next)}`}
        replace
      />
    );
  }
  return children;
}
