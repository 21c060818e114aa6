import { z } from 'zod';

export const roles = ['holder', 'hr', 'clerk', 'reviewer', 'consultant', 'admin'] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

export const username = z.string().regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, { error: 'username.format' });
/** At least 8 characters with letters and digits. */
export const password = z
  .string()
  .max(200)
  .refine((s) => s.length >= 8 && /[A-Za-z]/.test(s) && /\d/.test(s), { error: 'password.weak' });

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
  username: z.string().min(1).max(60),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequest>;

/** `POST /api/v1/auth/login`, `GET /api/v1/auth/me` */
export const userResponse = z.strictObject({ user: sessionUser });
export type UserResponse = z.infer<typeof userResponse>;
