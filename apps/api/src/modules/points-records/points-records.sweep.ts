import { msg } from '@jifen/messages';
import { randomUUID } from 'node:crypto';
import {
  addDays,
  advanceRecord,
  reachesPermitLapse,
  selectPolicy,
  type Policy,
  type PolicySet,
  type ReminderDue,
  type StateChange,
} from '@jifen/domain';
import type { Db, Sql } from '../../adapters/db/sql.ts';
import { shanghaiDate, type Clock } from '../../clock.ts';
import type { PiiCipher } from '../../security/pii.ts';
import { appendAudit } from '../audit/audit.service.ts';
import {
  anyDue,
  claimDueRecords,
  finishDay,
  insertEvents,
  lastSweptDay,
  pendingDigestDays,
  resolveDigestDay,
  updateRecords,
  type NewEvent,
  type PointsRecordRow,
  type RecordUpdate,
} from './points-records.repository.ts';
import { latestPermitExpiries } from '../holders/holder-timeline.ts';
import { sendDigest } from './sweep-digest.ts';
import { deliverReminders, type SendDay } from './sweep-reminders.ts';

export { sendDigest } from './sweep-digest.ts';
export type { SendDay } from './sweep-reminders.ts';

/**
 * Issue 13: the daily lifecycle sweep over the database. One transaction per
 * batch: take the sweep's advisory lock (another instance holding it means
 * that instance is sweeping: this one stops), read the day's due records by
 * the next_event_on index, apply the pure core (`advanceRecord`), store the
 * state changes, events, reminders, in-app notifications and outbox SMS, and
 * move each record's next_event_on on. A crash rolls the batch back whole;
 * the (record, kind, cycle) key makes a reminder go once whatever happens.
 * Days are swept in order from the day after the last one in the ledger.
 */
/**
 * L-4: revokes the points notice of the approval behind a cleared record.
 * The notices module owns notices; whoever runs the sweep passes its
 * `revokeNotice` in, so that points-records does not import notices (which
 * imports applications, which imports points-records: issue 23, no cycles).
 */
export type RevokeNotice = (
  q: Sql,
  clock: Clock,
  actor: null,
  r: { applicationId: string; reason: 'points_cleared'; note: string },
) => Promise<unknown>;

export interface SweepDeps {
  db: Db;
  clock: Clock;
  revokeNotice: RevokeNotice;
  /**
   * Unused since issue 20: reminder SMS name the holder and the outbox worker
   * reads the number when it sends. Optional so the jobs' shared deps object
   * (db, clock, pii, policy set) still fits.
   */
  pii?: PiiCipher;
  policySet: () => PolicySet;
  batchSize?: number;
  /** Test seam: called after each committed batch (the crash test stops the process there). */
  afterBatch?: (day: string, records: number) => Promise<void> | void;
}

export interface SweepRunResult {
  /** The days finished by this run, in order. */
  days: string[];
  records: number;
  changes: number;
  reminders: number;
  /** Reminders of missed days no longer true on the day they were caught up (issue 17): recorded, not sent. */
  skippedReminders: number;
  /** Another instance held the sweep lock. */
  busy: boolean;
  /** Why a day could not be swept (P-2), when it could not. */
  pending: string | null;
}

/** pg_advisory lock key of the sweep ('jifen-sweep' as a bigint). */
export const SWEEP_LOCK_KEY = '7164912563271001';

function stateEvents(c: StateChange, cause: string): NewEvent[] {
  const events: NewEvent[] = [
    {
      id: randomUUID(),
      recordId: c.recordId,
      cycle: c.cycle,
      onDate: c.on,
      kind: 'state_changed',
      fromState: c.from,
      toState: c.to,
      ruleId: c.ruleId,
      cause,
    },
  ];
  if (c.benefitsSuspended)
    events.push({
      id: randomUUID(),
      recordId: c.recordId,
      cycle: c.cycle,
      onDate: c.on,
      kind: 'benefits_suspended',
      fromState: null,
      toState: null,
      ruleId: 'L-6',
      cause,
    });
  if (c.revokeNotice)
    events.push({
      id: randomUUID(),
      recordId: c.recordId,
      cycle: c.cycle,
      onDate: c.on,
      kind: 'notice_revoked',
      fromState: null,
      toState: null,
      ruleId: 'L-4',
      cause,
    });
  return events;
}

/** Applies one batch of due records for `day` inside the caller's transaction. */
export async function applyBatch(
  q: Sql,
  d: SweepDeps,
  rows: readonly PointsRecordRow[],
  day: string,
  policy: Policy,
  send: SendDay = { on: day, policy },
): Promise<{ changes: number; reminders: number; skipped: number }> {
  const at = d.clock.now();
  const cause = `sweep:${day}`;
  const updates: RecordUpdate[] = [];
  const events: NewEvent[] = [];
  const due: ReminderDue[] = [];
  const audited: { recordId: string; on: string; from: string; to: string; ruleId: string }[] = [];
  const revoke: { applicationId: string; on: string }[] = [];
  // L-5 is the permit's: the few records near their permit's lapse are read with the holder's latest permit
  // (endorsed past the cycle, it does not lapse with it); the rest never reach a day that depends on it.
  const permits = await latestPermitExpiries(
    q,
    rows.filter((r) => reachesPermitLapse(r.expires_on, day, policy)).map((r) => r.holder_id),
  );
  for (const row of rows) {
    const out = advanceRecord(
      {
        id: row.id,
        cycle: row.cycle,
        expiresOn: row.expires_on,
        state: row.state,
        renewalSubmittedOn: row.renewal_submitted_on,
        permitExpiresOn: permits.get(row.holder_id) ?? null,
      },
      row.next_event_on ?? day,
      day,
      policy,
    );
    let stateSince = row.state_since;
    let suspended = row.benefits_suspended_on;
    let revoked = row.notice_revoked_on;
    for (const c of out.changes) {
      events.push(...stateEvents(c, cause));
      audited.push({ recordId: c.recordId, on: c.on, from: c.from, to: c.to, ruleId: c.ruleId });
      stateSince = c.on;
      if (c.benefitsSuspended) suspended = c.on;
      if (c.revokeNotice) revoked = c.on;
      if (c.revokeNotice && row.application_id) revoke.push({ applicationId: row.application_id, on: c.on });
    }
    due.push(...out.reminders);
    updates.push({
      id: row.id,
      state: out.record.state,
      stateSince,
      nextEventOn: out.nextEventOn,
      benefitsSuspendedOn: suspended,
      noticeRevokedOn: revoked,
    });
  }
  await updateRecords(q, updates, at);
  await insertEvents(q, events, at);
  const holderOf = new Map(rows.map((r) => [r.id, r.holder_id]));
  const { sent: reminders, skipped } = await deliverReminders(q, due, send, at, holderOf);
  // L-4: the notice of the approval behind a cleared record is revoked (issue #12's notices; the verify page shows it).
  for (const r of revoke)
    await d.revokeNotice(q, d.clock, null, {
      applicationId: r.applicationId,
      reason: 'points_cleared',
      note: `L-4 ${r.on}`,
    });
  if (audited.length > 0 || reminders > 0 || skipped > 0) {
    // One entry per batch: the list of state changes (with rule IDs), how many reminders went and how many were no longer true.
    await appendAudit(q, d.clock, null, {
      action: 'points.sweep_applied',
      subjectType: 'lifecycle_sweep',
      subjectId: day,
      after: { day, policyId: policy.id, changes: audited, reminders, skippedReminders: skipped, sentOn: send.on },
    });
  }
  return { changes: audited.length, reminders, skipped };
}

type Step =
  | { kind: 'busy' }
  | { kind: 'caught_up' }
  | { kind: 'pending'; reason: string }
  | {
      kind: 'batch';
      day: string;
      records: number;
      changes: number;
      reminders: number;
      skipped: number;
      /** The batch was the day's last and the day was closed in the same transaction. */
      dayDone: boolean;
    }
  | { kind: 'day_done'; day: string };

/** Batches of this many records by default: few enough statements per day, short enough row locks (issue 20). */
export const SWEEP_BATCH_SIZE = 5000;

async function closeDay(
  q: Sql,
  d: SweepDeps,
  day: string,
  policy: Policy,
  set: PolicySet,
  counts: { records: number; changes: number; reminders: number },
): Promise<void> {
  const digest = await sendDigest(q, d, day, policy, set);
  await finishDay(q, { day, ...counts, digestPendingYear: digest.pendingYear, digestSent: digest.sent }, d.clock.now());
}

/**
 * One transaction of the sweep: a batch of the next unfinished day, or that
 * day's close. A batch that leaves nothing due closes the day itself (issue
 * 20: one transaction fewer a day); a record another transaction holds
 * locked is still due, so the day then stays open for the next step.
 */
async function step(
  d: SweepDeps,
  today: string,
  counts: { records: number; changes: number; reminders: number },
): Promise<Step> {
  return d.db.tx(async (q): Promise<Step> => {
    const lock = await q.one<{ ok: boolean }>(`SELECT pg_try_advisory_xact_lock(${SWEEP_LOCK_KEY}) AS ok`);
    if (!lock.ok) return { kind: 'busy' };
    // A statement of its own after the lock: its snapshot sees the day another instance closed just before.
    const last = await lastSweptDay(q);
    const day = last.day ? addDays(last.day, 1) : today;
    if (day > today) return { kind: 'caught_up' };
    const set = d.policySet();
    const policy = selectPolicy(set, day);
    if (!policy.ok) return { kind: 'pending', reason: `cannot compute ${day}: ${policy.error.message.en}` };
    const limit = d.batchSize ?? SWEEP_BATCH_SIZE;
    const rows = await claimDueRecords(q, day, limit);
    if (rows.length > 0) {
      // Reminders go out today, whichever day is being caught up: they are rendered and checked against today's state.
      const sendPolicy = selectPolicy(set, today);
      const r = await applyBatch(q, d, rows, day, policy.value, {
        on: today,
        policy: sendPolicy.ok ? sendPolicy.value : policy.value,
      });
      const dayDone = rows.length < limit && !(await anyDue(q, day));
      if (dayDone)
        await closeDay(q, d, day, policy.value, set, {
          records: counts.records + rows.length,
          changes: counts.changes + r.changes,
          reminders: counts.reminders + r.reminders,
        });
      return { kind: 'batch', day, records: rows.length, ...r, dayDone };
    }
    await closeDay(q, d, day, policy.value, set, counts);
    return { kind: 'day_done', day };
  });
}

/**
 * Sweeps every unswept day up to today, in order, then retries the digests
 * that waited for data (P-2). Safe to call from any number of instances at
 * once and as often as wanted.
 */
export async function runSweep(d: SweepDeps): Promise<SweepRunResult> {
  const today = shanghaiDate(d.clock.now());
  const result: SweepRunResult = {
    days: [],
    records: 0,
    changes: 0,
    reminders: 0,
    skippedReminders: 0,
    busy: false,
    pending: null,
  };
  let counts = { records: 0, changes: 0, reminders: 0 };
  for (;;) {
    const s = await step(d, today, counts);
    if (s.kind === 'busy') {
      result.busy = true;
      return result;
    }
    if (s.kind === 'pending') {
      result.pending = s.reason;
      return result;
    }
    if (s.kind === 'caught_up') break;
    if (s.kind === 'batch') {
      counts = {
        records: counts.records + s.records,
        changes: counts.changes + s.changes,
        reminders: counts.reminders + s.reminders,
      };
      result.records += s.records;
      result.changes += s.changes;
      result.reminders += s.reminders;
      result.skippedReminders += s.skipped;
      if (s.dayDone) {
        result.days.push(s.day);
        counts = { records: 0, changes: 0, reminders: 0 };
      }
      await d.afterBatch?.(s.day, s.records);
    } else {
      result.days.push(s.day);
      counts = { records: 0, changes: 0, reminders: 0 };
    }
  }
  await retryPendingDigests(d, today);
  return result;
}

/** P-2: once the missing calendar is published, today's digest is computed and sent, and the pending days are closed. */
export async function retryPendingDigests(d: SweepDeps, today: string): Promise<number> {
  return d.db.tx(async (q) => {
    const lock = await q.one<{ ok: boolean }>(`SELECT pg_try_advisory_xact_lock(${SWEEP_LOCK_KEY}) AS ok`);
    if (!lock.ok) return 0;
    const pending = await pendingDigestDays(q);
    const set = d.policySet();
    const ready = pending.filter((p) => set.calendar.years.has(p.digest_pending_year));
    if (ready.length === 0) return 0;
    const policy = selectPolicy(set, today);
    if (!policy.ok) return 0;
    const digest = await sendDigest(q, d, today, policy.value, set, msg('pointsRecords.digestRecomputed').zh);
    if (digest.pendingYear !== null && !set.calendar.years.has(digest.pendingYear)) return 0;
    const at = d.clock.now();
    for (const p of ready) await resolveDigestDay(q, p.day, at);
    await appendAudit(q, d.clock, null, {
      action: 'points.digest_computed',
      subjectType: 'lifecycle_sweep',
      subjectId: today,
      after: {
        days: ready.map((p) => p.day),
        years: [...new Set(ready.map((p) => p.digest_pending_year))],
        ruleId: 'P-2',
      },
    });
    return ready.length;
  });
}
