import { z } from 'zod';
import { isoDate, text } from './common.ts';

export const lifecycleState = z.enum(['valid', 'renewal_window', 'grace', 'points_cleared', 'permit_lapsed']);
export type LifecycleState = z.infer<typeof lifecycleState>;

export const permit = z.strictObject({
  id: z.uuid(),
  permitNo: z.string(),
  issuedOn: isoDate,
  expiresOn: isoDate,
});
export type Permit = z.infer<typeof permit>;

/** Lifecycle of the current permit as of today, computed by @jifen/domain (L-1..L-8). */
export const lifecycle = z.strictObject({
  asOf: isoDate,
  state: lifecycleState,
  /** The next date that matters (window opens, renew by, late renewal ends, permit endorsable ends); null once lapsed. */
  nextDeadline: z
    .strictObject({
      kind: z.enum(['window_opens', 'renew_by', 'late_renewal_ends', 'permit_endorsable_ends']),
      date: isoDate,
    })
    .nullable(),
  daysLeft: z.number().int().nullable(),
  policyId: z.string(),
});
export type Lifecycle = z.infer<typeof lifecycle>;

export const holderSummary = z.strictObject({
  id: z.uuid(),
  name: z.string(),
  residentId: z.string().describe('masked, e.g. 3101**********123X'),
  mobile: z.string().nullable().describe('masked'),
  birthDate: isoDate,
  sex: z.enum(['M', 'F']),
  employer: z.strictObject({ id: z.uuid(), name: z.string() }).nullable(),
  permit: permit.nullable(),
  /**
   * Issue 17: the points cycle, valid until the expiry of the permit period
   * it was approved for (L-1); an endorsement alone does not move it. Null
   * while no application was ever approved. `clearsOn`: the day the points
   * are cleared if no renewal is approved before (L-4).
   */
  points: z.strictObject({ cycle: z.number().int(), expiresOn: isoDate, clearsOn: isoDate }).nullable(),
  /** The points' state (from the cycle) when there is one; otherwise the permit's. */
  lifecycle: lifecycle.nullable(),
});
export type HolderSummary = z.infer<typeof holderSummary>;

export const holderDetail = holderSummary.extend({ permits: z.array(permit) });
export type HolderDetail = z.infer<typeof holderDetail>;

/** `GET /api/v1/holders` */
export const holdersResponse = z.strictObject({ holders: z.array(holderSummary) });
export type HoldersResponse = z.infer<typeof holdersResponse>;
/** `GET /api/v1/holders/:id`, `GET /api/v1/me/holder` */
export const holderResponse = z.strictObject({ holder: holderDetail });
export type HolderResponse = z.infer<typeof holderResponse>;

/** `POST /api/v1/holders/:id/reveal`: the full value; the read is audited (PI-1). */
export const revealRequest = z.strictObject({
  field: z.enum(['residentId', 'mobile']),
  reason: text(300),
});
export type RevealRequest = z.infer<typeof revealRequest>;
export const revealResponse = z.strictObject({
  field: z.enum(['residentId', 'mobile']),
  value: z.string().nullable(),
});
export type RevealResponse = z.infer<typeof revealResponse>;
