import { z } from 'zod';
import { password, username } from './auth.ts';
import { isoDate, isoDateTime } from './common.ts';

/**
 * Issue #10: HR invites a holder without an account by SMS (a one-time
 * link), or records the holder's signed paper confirmation instead.
 */

/** The token of an activation link: 32 random bytes, base64url. */
export const activationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: 'activation.token' });

/** `POST /api/v1/applications/:id/holder-invitation` (HR): 201 with where and until when. */
export const holderInvitationResponse = z.strictObject({
  invitation: z.strictObject({ mobile: z.string(), expiresAt: isoDateTime, applicationNumber: z.string() }),
});
export type HolderInvitationResponse = z.infer<typeof holderInvitationResponse>;

/** `POST /api/v1/activation/check` (public): is the link still good, and for whom (name masked). */
export const activationCheckRequest = z.strictObject({ token: activationToken });
export const activationCheckResponse = z.strictObject({ holderName: z.string(), expiresAt: isoDateTime });
export type ActivationCheckResponse = z.infer<typeof activationCheckResponse>;

/** `POST /api/v1/activation` (public): the holder chooses a username and sets the password; the link is spent. */
export const activateRequest = z.strictObject({ token: activationToken, username, password });
export type ActivateRequest = z.infer<typeof activateRequest>;
export const activateResponse = z.strictObject({ username: z.string() });

/** The signed paper confirmation recorded on an application (detail view). */
export const paperConfirmationView = z.strictObject({
  signedOn: isoDate,
  recordedBy: z.strictObject({ id: z.uuid(), name: z.string() }),
  recordedAt: isoDateTime,
  scan: z.strictObject({ filename: z.string(), contentType: z.string(), bytes: z.number().int(), sha256: z.string() }),
});
export type PaperConfirmationView = z.infer<typeof paperConfirmationView>;

/** The multipart fields of `POST /api/v1/applications/:id/paper-confirmation` besides the scan file. */
export const paperConfirmationFields = z.strictObject({
  signedOn: isoDate,
  expectedVersion: z.coerce.number().int().min(1),
});
