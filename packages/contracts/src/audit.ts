import { z } from 'zod';
import { isoDateTime, safeString } from './common.ts';

export const auditEntry = z.strictObject({
  id: z.string().describe('gapless sequence number'),
  at: isoDateTime,
  actorId: z.uuid().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  reason: z.string().nullable(),
  requestId: z.string().nullable(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** `GET /api/v1/audit` (admin): newest first, `before` = an entry id to page back from. */
export const listAuditQuery = z.strictObject({
  action: safeString({ max: 60 }).optional(),
  actorId: z.uuid().optional(),
  subjectId: safeString({ max: 60 }).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export type ListAuditQuery = z.infer<typeof listAuditQuery>;
export const auditResponse = z.strictObject({
  entries: z.array(auditEntry),
  nextBefore: z.number().int().nullable(),
});
export type AuditResponse = z.infer<typeof auditResponse>;

/** `GET /api/v1/audit/verify` (admin) */
export const auditVerifyResponse = z.strictObject({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBadEntryId: z.string().optional(),
  problem: z.string().optional(),
});
export type AuditVerifyResponse = z.infer<typeof auditVerifyResponse>;
