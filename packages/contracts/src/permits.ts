import { z } from 'zod';
import { isoDate, safeString, text } from './common.ts';
import { holderSummary, lifecycle, permit } from './holders.ts';

/** A resident ID as typed at the counter (checked with I-1 by the service). */
export const residentIdInput = safeString({ max: 18 }).regex(/^\d{17}[\dXx]$/, { error: 'residentId.format' });

/** `GET /api/v1/permits/lookup?residentId=` (clerk; city-wide; the read is audited). */
export const permitLookupQuery = z.strictObject({ residentId: residentIdInput });
export type PermitLookupQuery = z.infer<typeof permitLookupQuery>;

/** One endorsement (签注, L-7) as recorded by a community centre. */
export const endorsement = z.strictObject({
  id: z.uuid(),
  permitId: z.uuid(),
  centre: z.strictObject({ id: z.string(), name: z.string() }),
  endorsedOn: isoDate,
  previousExpiresOn: isoDate,
  newExpiresOn: isoDate,
  daysOverdue: z.number().int().describe('n = endorsedOn - previous expiry; <= 0 when on time'),
  lifecycleState: z.enum(['valid', 'renewal_window', 'grace', 'points_cleared']),
  holdingYearsRestart: z.boolean(),
  pointsNeedNewApplication: z.boolean().describe('L-4: endorsed after the points were cleared'),
  policyId: z.string(),
  createdAt: z.string(),
});
export type Endorsement = z.infer<typeof endorsement>;

/** L-7: advice (never a block) on when the renewed permit reaches the points system. */
export const permitSyncAdvice = z.strictObject({
  endorsedOn: isoDate,
  expectedSyncDate: isoDate,
  workingDays: z.number().int(),
  advice: z.string(),
});
export type PermitSyncAdviceBody = z.infer<typeof permitSyncAdvice>;

export const permitHistory = z.strictObject({
  holderId: z.uuid(),
  /** L-3/L-4: holding years count from this day (restarted by a late endorsement when the policy says so). */
  holdingSince: isoDate.nullable(),
  current: permit.nullable(),
  lifecycle: lifecycle.nullable(),
  permits: z.array(permit),
  endorsements: z.array(endorsement),
  /** From the latest endorsement; null when there is none or its sync date has passed. */
  sync: permitSyncAdvice.nullable(),
});
export type PermitHistory = z.infer<typeof permitHistory>;

/** `GET /api/v1/permits/lookup` */
export const permitLookupResponse = z.strictObject({ holder: holderSummary, history: permitHistory });
export type PermitLookupResponse = z.infer<typeof permitLookupResponse>;

/** `GET /api/v1/holders/:id/permits` */
export const permitHistoryResponse = z.strictObject({ history: permitHistory });
export type PermitHistoryResponse = z.infer<typeof permitHistoryResponse>;

/** `POST /api/v1/holders/:id/endorsements` (clerk). */
export const endorseRequest = z.strictObject({ endorsedOn: isoDate, newExpiresOn: isoDate });
export type EndorseRequest = z.infer<typeof endorseRequest>;

export const endorseResponse = z.strictObject({
  endorsement,
  /** What the endorsement means, in the request's language (L-2..L-4). */
  notes: z.array(z.string()),
  sync: permitSyncAdvice.nullable(),
  history: permitHistory,
});
export type EndorseResponse = z.infer<typeof endorseResponse>;

/**
 * `POST /api/v1/holders/:id/new-permits` (clerk, issue 17): a newly issued
 * residence permit (新办居住证) for a holder whose permit lapsed more than 90
 * days ago (L-5) or who has none on file. Holding years restart from its
 * issue day; the points need a first application.
 */
export const newPermitRequest = z.strictObject({
  permitNo: text(40),
  issuedOn: isoDate,
  expiresOn: isoDate,
});
export type NewPermitRequest = z.infer<typeof newPermitRequest>;
export const newPermitResponse = z.strictObject({ notes: z.array(z.string()), history: permitHistory });
export type NewPermitResponse = z.infer<typeof newPermitResponse>;
