import type { ReactNode } from 'react';
import { useSession } from '../features/auth/session-api.ts';
import { canOpen } from './route-access.ts';
import { lazyPart } from './recovery/lazy-part.tsx';

// Loaded when shown: antd's Result and its 403 illustration are not part of any page's first load (issue 20).
const ForbiddenPage = lazyPart(() => import('../components/forbidden-page.tsx').then((m) => m.ForbiddenPage));

/** A page the user's role may not open shows 403, whatever the URL typed. */
export function RequireRole({ path, children }: { path: string; children: ReactNode }) {
  const { data: user } = useSession();
  if (!user || !canOpen(user.role, path)) return <ForbiddenPage />;
  return children;
}
