import type { Role } from '../api/contract-types.ts';

/** Which roles may open which staff paths; the API enforces the same. */
export const PATH_ROLES: Record<string, readonly Role[]> = {
  '/holders': ['reviewer', 'hr'],
  '/admin/users': ['admin'],
  '/admin/audit': ['admin'],
  '/admin/policy': ['admin'],
  '/applications': ['hr', 'holder', 'reviewer', 'clerk'],
  '/applications/new': ['hr'],
  '/visit-slots': ['reviewer'],
  '/holders/new': ['hr'],
  '/me/claims': ['holder'],
  '/me/permits': ['holder'],
  '/me/sms': ['holder'],
  '/consultant/online': ['consultant'],
  '/admin/sms': ['admin'],
  '/roster': ['hr'],
  '/me/points-record': ['holder'],
  // Issue #12: the centre's review workbench; the counter clerk opens a case from it to check the materials.
  '/workbench': ['reviewer', 'clerk'],
  // Issue 17: the employer's transfer requests.
  '/transfers': ['hr'],
};

export function canOpen(role: Role, path: string): boolean {
  const roles = PATH_ROLES[path];
  return roles === undefined || roles.includes(role);
}
