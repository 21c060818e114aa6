// The account lifecycle (issue #10, item 13): what an administrator does to
// an account, and the user's own password change.
import { z } from 'zod';
import { password } from './auth.ts';
import { districtCode, safeString, secret, text } from './common.ts';
import { staffRole } from './users.ts';

/** `POST /api/v1/users/:id/disable` (admin): the account can no longer sign in; its sessions end. */
export const disableUserRequest = z.strictObject({ reason: text(200) });
export type DisableUserRequest = z.infer<typeof disableUserRequest>;

/**
 * `POST /api/v1/users/:id/reset-password` (admin): a new password the
 * administrator hands over; the user must change it at the next sign-in.
 * The account is unlocked and its sessions end.
 */
export const resetPasswordRequest = z.strictObject({ password });
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequest>;

/**
 * `PATCH /api/v1/users/:id/role` (admin): a staff account's role and scope,
 * with the same scope rules as creation (a clerk's centre, a reviewer's
 * district). Holder and HR accounts keep their role: their scope is their
 * holder record or employer.
 */
export const changeRoleRequest = z.strictObject({
  role: staffRole,
  district: districtCode.optional(),
  centreId: safeString({ min: 1, max: 60 }).optional(),
});
export type ChangeRoleRequest = z.infer<typeof changeRoleRequest>;

/** `POST /api/v1/auth/change-password` (signed in): the current password, and a new one that differs from it. */
export const changePasswordRequest = z
  .strictObject({
    currentPassword: secret(200),
    newPassword: password,
  })
  .refine((b) => b.newPassword !== b.currentPassword, { error: 'password.same', path: ['newPassword'] });
export type ChangePasswordRequest = z.infer<typeof changePasswordRequest>;
