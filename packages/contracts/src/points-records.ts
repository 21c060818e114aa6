import { z } from 'zod';
import { isoDate } from './common.ts';

/** Issue 13: a holder's points record (L-1..L-6), its history and the reminders sent. */
export const lifecycleStateEnum = z.enum(['valid', 'renewal_window', 'grace', 'points_cleared', 'permit_lapsed']);

export const pointsRecord = z.strictObject({
  id: z.uuid(),
  cycle: z.number().int(),
  validFrom: isoDate,
  expiresOn: isoDate,
  state: lifecycleStateEnum,
  /** The state that applies today (computed from the dates, issue 17), its label, since when and by which rule. */
  stateLabel: z.string(),
  stateSince: isoDate,
  stateRuleId: z.string(),
  nextEventOn: isoDate.nullable(),
  nextDeadline: z.strictObject({ date: isoDate, label: z.string(), ruleId: z.string() }).nullable(),
  daysLeft: z.number().int().nullable(),
  benefitsSuspendedOn: isoDate.nullable(),
  noticeRevokedOn: isoDate.nullable(),
  renewalSubmittedOn: isoDate.nullable(),
});

export const pointsRecordEvent = z.strictObject({
  id: z.uuid(),
  cycle: z.number().int(),
  onDate: isoDate,
  kind: z.enum([
    'created',
    'renewed',
    'state_changed',
    'benefits_suspended',
    'benefits_restored',
    'notice_revoked',
    'reminders_cancelled',
    'reminders_resumed',
  ]),
  ruleId: z.string(),
  label: z.string(),
});

export const pointsReminder = z.strictObject({
  id: z.uuid(),
  cycle: z.number().int(),
  kind: z.string(),
  ruleId: z.string(),
  dueOn: isoDate,
  /** The day it went out; null when it was skipped (issue 17: caught up on a day it was no longer true). */
  sentOn: isoDate.nullable(),
  skippedOn: isoDate.nullable(),
  skipReason: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  channels: z.array(z.string()),
});

/** `GET /api/v1/points-records/mine` (holder) and `GET /api/v1/holders/:id/points-record` (their HR, centres, admin). */
export const pointsRecordResponse = z.strictObject({
  record: pointsRecord.nullable(),
  events: z.array(pointsRecordEvent),
  reminders: z.array(pointsReminder),
});
export type PointsRecordResponse = z.infer<typeof pointsRecordResponse>;
