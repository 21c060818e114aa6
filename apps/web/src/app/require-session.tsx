import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../features/auth/session-api.ts';
import { PageLoading } from '../components/page-loading.tsx';
import { LoadFailed } from '../components/load-failed.tsx';

export const CHANGE_PASSWORD_PATH = '/change-password';

/** Staff and holder pages need a session; without one, go to login and come back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <PageLoading />;
  if (session.isError) return <LoadFailed error={session.error} onRetry={() => void session.refetch()} />;
  if (session.data === null) {
    const next = `${location.pathname}${location.search}`;
    const search = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/login${search}`} replace />;
  }
  // A password set by someone else (an administrator, HR) is changed before anything else; the API refuses the rest until then.
  if (session.data.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  return children;
}
