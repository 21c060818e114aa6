import { z } from 'zod';
import { longText, safeString } from './text.ts';

/** Issue #12: the verifiable points notice (public verification, revocation) and the failed-SMS page. */

export const NOTICE_REVOCATION_REASONS = ['points_cleared', 'false_material', 'correction'] as const;
export type NoticeRevocationReason = (typeof NOTICE_REVOCATION_REASONS)[number];

/** `<payload>.<signature>` in base64url, as the QR code's /verify/<code> URL carries it. */
export const noticeCodeParams = z.strictObject({
  code: safeString({ max: 800, min: 1 }).regex(/^[A-Za-z0-9_.-]+$/, { error: 'notice.code' }),
});

const maskedNotice = z.object({
  noticeNo: z.string(),
  /** PI-1: the surname only. */
  surname: z.string(),
  residentIdMasked: z.string(),
  total: z.number(),
  validUntil: z.string().nullable(),
  issuedOn: z.string(),
  centreName: z.string(),
});

export const noticeVerification = z.discriminatedUnion('status', [
  z.object({ status: z.literal('valid'), notice: maskedNotice }),
  z.object({ status: z.literal('expired'), notice: maskedNotice }),
  z.object({
    status: z.literal('revoked'),
    notice: maskedNotice,
    revokedOn: z.string(),
    revokedReason: z.enum(NOTICE_REVOCATION_REASONS),
  }),
  /** Issue 17: a later approval of the same holder issued a newer notice; this one no longer counts. */
  z.object({ status: z.literal('superseded'), notice: maskedNotice, supersededOn: z.string() }),
  z.object({ status: z.literal('forged') }),
]);
export type NoticeVerification = z.infer<typeof noticeVerification>;

export const noticeRevocationRequest = z.strictObject({
  reason: z.enum(NOTICE_REVOCATION_REASONS),
  note: longText(500).optional(),
});
export type NoticeRevocationRequest = z.infer<typeof noticeRevocationRequest>;
export const noticeRevocationResponse = z.object({ noticeNo: z.string(), revoked: z.literal(true) });

export const noticePublicKeyResponse = z.object({
  keys: z.array(
    z.object({
      kty: z.literal('OKP'),
      crv: z.literal('Ed25519'),
      x: z.string(),
      kid: z.string(),
      alg: z.literal('EdDSA'),
      use: z.literal('sig'),
    }),
  ),
  pem: z.string(),
});

/** A message the SMS provider refused for good (or that ran out of retries), for the administrators. */
export const failedSms = z.object({
  id: z.uuid(),
  applicationId: z.uuid().nullable(),
  template: z.string(),
  /** Masked mobile (138****5678). */
  to: z.string().nullable(),
  text: z.string(),
  textEn: z.string(),
  attempts: z.number().int(),
  failureCode: z.string().nullable(),
  reason: z.string().nullable(),
  createdAt: z.string(),
  failedAt: z.string().nullable(),
  /** False when the message cannot be sent again as it was (an activation link is not kept after failure). */
  resendable: z.boolean(),
});
export type FailedSms = z.infer<typeof failedSms>;
export const failedSmsResponse = z.object({ messages: z.array(failedSms) });
export type FailedSmsResponse = z.infer<typeof failedSmsResponse>;
export const resendSmsResponse = z.object({ id: z.uuid(), status: z.literal('pending') });
