import { z } from 'zod';
import { AUDIT_SUBJECT_TYPES, isAuditAction } from './audit-actions.ts';
import { isoDate, isoDateTime, safeString } from './common.ts';

export const auditEntry = z.strictObject({
  id: z.string().describe('gapless sequence number'),
  at: isoDateTime,
  actorId: z.uuid().nullable(),
  actorRole: z.string().nullable(),
  /** The account's display name and username; null for the system. */
  actorName: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  /** Issue 22: the subject in words (a name with the masked ID, a number, a title); null when it cannot be named. */
  subjectName: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  reason: z.string().nullable(),
  requestId: z.string().nullable(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/**
 * `GET /api/v1/audit` (admin): newest first, keyset-paged (`before` = the
 * `nextBefore` of the previous page). Filters: the actor (an account id, or
 * `system` for what the system did by itself), the action code, the subject,
 * and a range of Shanghai calendar days (both ends included).
 */
export const listAuditQuery = z
  .strictObject({
    action: safeString({ max: 60 }).refine(isAuditAction, { error: 'audit.action' }).optional(),
    actorId: z.union([z.uuid(), z.literal('system')]).optional(),
    subjectType: z.enum(AUDIT_SUBJECT_TYPES).optional(),
    subjectId: safeString({ max: 60 }).pipe(z.string().min(1)).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'audit.range', path: ['to'] });
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
