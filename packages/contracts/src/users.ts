import { z } from 'zod';
import { password, role, username } from './auth.ts';
import { districtCode, isoDateTime, safeString, text } from './common.ts';

export const staffRole = z.enum(['clerk', 'reviewer', 'consultant', 'admin']);
export type StaffRole = z.infer<typeof staffRole>;

export const userRecord = z.strictObject({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role,
  employer: z.strictObject({ id: z.uuid(), name: z.string() }).nullable(),
  district: z.strictObject({ code: z.string(), name: z.string() }).nullable(),
  centre: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
  lockedUntil: isoDateTime.nullable(),
  disabledAt: isoDateTime.nullable(),
  mustChangePassword: z.boolean(),
  createdAt: isoDateTime,
  activeSessions: z.number().int(),
});
export type UserRecord = z.infer<typeof userRecord>;

/** `GET /api/v1/users?role=` (admin) */
export const listUsersQuery = z.strictObject({ role: role.optional() });
export const usersResponse = z.strictObject({ users: z.array(userRecord) });
export type UsersResponse = z.infer<typeof usersResponse>;

/**
 * `POST /api/v1/users` (admin creates staff). A clerk needs `centreId` (a
 * community centre; the district follows from it); a reviewer needs
 * `district`; consultants and admins take neither.
 */
export const createUserRequest = z.strictObject({
  username,
  displayName: text(60),
  password,
  role: staffRole,
  district: districtCode.optional(),
  centreId: safeString({ min: 1, max: 60 }).optional(),
});
export type CreateUserRequest = z.infer<typeof createUserRequest>;
export const userRecordResponse = z.strictObject({ user: userRecord });

/** `POST /api/v1/users/:id/sessions/revoke` */
export const revokeSessionsResponse = z.strictObject({ revoked: z.number().int() });
