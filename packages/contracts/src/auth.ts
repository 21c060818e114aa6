import { z } from 'zod';
import { safeString, secret } from './text.ts';

export const roles = ['holder', 'hr', 'clerk', 'reviewer', 'consultant', 'admin'] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

export const username = safeString({ max: 40 }).regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, { error: 'username.format' });
/**
 * At least 10 characters with letters and digits: the shape only; the API
 * also refuses passwords containing the username, commonly breached ones and
 * guessable ones (apps/api/src/security/password-policy.ts).
 */
export const password = secret(200)
  .refine((s) => [...s].length >= 10 && /[A-Za-z]/.test(s) && /\d/.test(s), { error: 'password.weak' })
  .meta({ examples: ['Lujiazui@Ferry-26'] });

export const employerStatus = z.enum(['pending', 'verified', 'rejected']);

export const sessionUser = z.strictObject({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role,
  employer: z.strictObject({ id: z.uuid(), name: z.string(), status: employerStatus }).optional(),
  district: z.strictObject({ code: z.string(), name: z.string() }).optional(),
  centre: z.strictObject({ id: z.string(), name: z.string() }).optional(),
  /** Present (true) when the password was set by someone else and must be changed before anything else. */
  mustChangePassword: z.literal(true).optional(),
});
export type SessionUser = z.infer<typeof sessionUser>;

/** `GET /api/v1/auth/csrf` */
export const csrfResponse = z.strictObject({ csrfToken: z.string() });
export type CsrfResponse = z.infer<typeof csrfResponse>;

/** `POST /api/v1/auth/login`; the password is not checked for strength here. */
export const loginRequest = z.strictObject({
  username: safeString({ min: 1, max: 60 }),
  password: secret(200),
});
export type LoginRequest = z.infer<typeof loginRequest>;

/** `POST /api/v1/auth/login`, `GET /api/v1/auth/me` */
export const userResponse = z.strictObject({ user: sessionUser });
export type UserResponse = z.infer<typeof userResponse>;

/**
 * `GET /api/v1/auth/session`: who is signed in, or `user: null` for a visitor
 * (issue 22: the anonymous pages asked /auth/me, whose 401 every browser logs
 * as a console error). /auth/me keeps answering 401 for scripts.
 */
export const sessionResponse = z.strictObject({ user: sessionUser.nullable() });
export type SessionResponse = z.infer<typeof sessionResponse>;
