import type { Role, SessionUser } from '@jifen/contracts';
import type { FastifyRequest } from 'fastify';
import { denied } from './errors.ts';

/** Who did it; `null` for the system itself (migrations, demo data, jobs). Shared by every module: it lives here, not in a feature module (issue 23). */
export interface Actor {
  id: string;
  role: string;
  requestId?: string;
}

/** The signed-in user with the scope their role carries. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  employer: { id: string; name: string; status: 'pending' | 'verified' | 'rejected' } | null;
  district: { code: string; name: string } | null;
  centre: { id: string; name: string } | null;
  /** A password set by someone else: every route but the change itself, me and logout answers 403 until it is changed. */
  mustChangePassword: boolean;
}

export interface AuthContext {
  user: AuthUser;
  sessionHash: string;
}

/**
 * Who may call a route, declared on every /api/v1 route as `config.access`.
 * The role check happens before validation and the handler; tenant scope
 * (own employer, own district, own record) is checked by the service.
 */
export type Access = { public: true } | { roles: readonly Role[] };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

export const anyone: Access = { public: true };
export const signedIn: Access = { roles: ['holder', 'hr', 'clerk', 'reviewer', 'consultant', 'admin'] };
export const only = (...roles: Role[]): Access => ({ roles });

/** The signed-in user, or the 401 a route behind `access.roles` never reaches. */
export function requireUser(req: FastifyRequest): AuthUser {
  if (!req.auth) throw denied.unauthenticated();
  return req.auth.user;
}

export function actorOf(req: FastifyRequest): Actor {
  const user = requireUser(req);
  return { id: user.id, role: user.role, requestId: String(req.id) };
}

export function toSessionUser(u: AuthUser): SessionUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    ...(u.employer ? { employer: u.employer } : {}),
    ...(u.district ? { district: u.district } : {}),
    ...(u.centre ? { centre: u.centre } : {}),
    ...(u.mustChangePassword ? { mustChangePassword: true } : {}),
  };
}
