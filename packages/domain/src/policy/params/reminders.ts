import { z } from 'zod';
import { param } from '../param.ts';

/** Which lifecycle date a reminder is counted from (the dates of `lifecycleTimeline`). */
export const REMINDER_ANCHORS = ['window_opens', 'expiry', 'points_cleared', 'permit_lapsed'] as const;
export const REMINDER_KINDS = [
  'window_opens',
  'expiry_minus_7',
  'after_expiry',
  'before_clearing',
  'cleared',
  'before_lapse',
] as const;

const text = z.strictObject({ zh: z.string().min(1).max(400), en: z.string().min(1).max(600) });

/**
 * One reminder of the daily lifecycle sweep: sent on `anchor + offsetDays`
 * once per points-record cycle, by the channels given per recipient. The
 * texts may use {expiry}, {lastRenewalDay}, {clearedOn}, {lapsesOn},
 * {benefits} and {dueOn}.
 */
export const reminderRule = z.strictObject({
  kind: z.enum(REMINDER_KINDS),
  ruleId: z.enum(['L-2', 'L-3', 'L-4', 'L-5', 'L-6']),
  anchor: z.enum(REMINDER_ANCHORS),
  offsetDays: z.number().int().min(-366).max(366),
  holder: z.array(z.enum(['sms', 'in_app'])).max(2),
  hr: z.array(z.enum(['in_app'])).max(1),
  title: text,
  text,
});
export type ReminderRule = z.output<typeof reminderRule>;

/** Issue 13: the reminders of the daily sweep (days, channels and texts). Optional: a version without them sends none and says so (P-2). */
export const reminderParams = param(z.array(reminderRule).max(20));
