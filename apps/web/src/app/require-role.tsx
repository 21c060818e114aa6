import type { ReactNode } from 'react';
import { useSession } from '../features/auth/session-api.ts';
import { canOpen } from './route-access.ts';
import { ForbiddenPage } from '../components/forbidden-page.tsx';

/** A page the user's role may not open shows 403, whatever the URL typed. */
export function RequireRole({ path, children }: { path: string; children: ReactNode }) {
  const { data: user } = useSession();
  if (!user || !canOpen(user.role, path)) return <ForbiddenPage />;
  return children;
}
