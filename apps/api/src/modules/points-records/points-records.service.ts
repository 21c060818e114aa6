import { randomUUID } from 'node:crypto';
import type { PointsRecordResponse } from '@jifen/contracts';
import {
  cycleStateOn,
  firstEventAfterCreation,
  lifecycleOn,
  recordStateOn,
  selectPolicy,
  STATE_LABELS,
  type LifecycleState,
} from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import type { Sql } from '../../adapters/db/sql.ts';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { denied } from '../../errors.ts';
import type { Lang } from '@jifen/contracts';
import { appendAudit } from '../audit/audit.service.ts';
import { msg } from '@jifen/messages';
import { findVisibleHolder } from '../holders/holders.service.ts';
import { findRecordByHolder, insertEvents, type NewEvent } from './points-records.repository.ts';
import { latestPermitExpiries } from '../holders/holder-timeline.ts';

/**
 * L-1: an approved application creates the holder's points record, valid
 * until the current permit's expiry, or renews it (a new cycle). Runs in
 * the approval's transaction.
 */
export async function recordApproval(
  q: Sql,
  deps: Pick<ModuleDeps, 'clock' | 'policy'>,
  actor: Actor | null,
  a: { holderId: string; applicationId: string | null; permitId: string | null },
): Promise<void> {
  if (!a.permitId) return;
  const permit = await q.one<{ expires_on: string; issued_on: string }>(
    `SELECT expires_on::text AS expires_on, issued_on::text AS issued_on FROM permits WHERE id = $1`,
    [a.permitId],
  );
  const at = deps.clock.now();
  const day = shanghaiDate(at);
  const policy = selectPolicy(deps.policy.set(), day);
  if (!policy.ok) return;
  const state = recordStateOn(permit.expires_on, day, policy.value);
  const next = firstEventAfterCreation(permit.expires_on, day, policy.value);
  const existing = await findRecordByHolder(q, a.holderId, true);
  const events: NewEvent[] = [];
  let recordId: string;
  let cycle = 1;
  if (!existing) {
    recordId = randomUUID();
    await q.execute(
      `INSERT INTO points_records (id, holder_id, application_id, permit_id, cycle, valid_from, expires_on, state, state_since, next_event_on, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $5, $8, $9, $9)`,
      [recordId, a.holderId, a.applicationId, a.permitId, day, permit.expires_on, state, next, at],
    );
    events.push({
      id: randomUUID(),
      recordId,
      cycle,
      onDate: day,
      kind: 'created',
      fromState: null,
      toState: state,
      ruleId: 'L-1',
      cause: `application:${a.applicationId}`,
    });
  } else if (permit.expires_on <= existing.expires_on) {
    // L-7: approved before the permit was endorsed: nothing to extend yet; the cycle (and its cancelled reminders) stays.
    recordId = existing.id;
    cycle = existing.cycle;
    await q.execute(`UPDATE points_records SET application_id = $2, updated_at = $3 WHERE id = $1`, [
      recordId,
      a.applicationId,
      at,
    ]);
    events.push({
      id: randomUUID(),
      recordId,
      cycle,
      onDate: day,
      kind: 'renewed',
      fromState: existing.state,
      toState: existing.state,
      ruleId: 'L-7',
      cause: `application:${a.applicationId}:permit_not_endorsed`,
    });
  } else {
    recordId = existing.id;
    cycle = existing.cycle + 1;
    await q.execute(
      `UPDATE points_records SET application_id = $2, permit_id = $3, cycle = $4, valid_from = $5, expires_on = $6, state = $7, state_since = $5,
         next_event_on = $8, renewal_submitted_on = NULL, benefits_suspended_on = NULL, notice_revoked_on = NULL, updated_at = $9 WHERE id = $1`,
      [recordId, a.applicationId, a.permitId, cycle, day, permit.expires_on, state, next, at],
    );
    const late = existing.state !== 'valid' && existing.state !== 'renewal_window';
    events.push({
      id: randomUUID(),
      recordId,
      cycle,
      onDate: day,
      kind: 'renewed',
      fromState: existing.state,
      toState: state,
      ruleId: late ? 'L-3' : 'L-1',
      cause: `application:${a.applicationId}`,
    });
    if (existing.benefits_suspended_on)
      events.push({
        id: randomUUID(),
        recordId,
        cycle,
        onDate: day,
        kind: 'benefits_restored',
        fromState: null,
        toState: null,
        ruleId: 'L-6',
        cause: `application:${a.applicationId}`,
      });
  }
  await insertEvents(q, events, at);
  await appendAudit(q, deps.clock, actor, {
    action: existing ? 'points.record_renewed' : 'points.record_created',
    subjectType: 'points_record',
    subjectId: recordId,
    before: existing ? { cycle: existing.cycle, expiresOn: existing.expires_on, state: existing.state } : undefined,
    after: { cycle, expiresOn: permit.expires_on, applicationId: a.applicationId, ruleId: 'L-1' },
  });
}

/** A renewal submitted on or before the expiry cancels the cycle's remaining reminders. */
export async function recordRenewalSubmitted(
  q: Sql,
  deps: Pick<ModuleDeps, 'clock'>,
  actor: Actor | null,
  holderId: string,
  applicationId: string,
): Promise<void> {
  const r = await findRecordByHolder(q, holderId, true);
  if (!r || r.renewal_submitted_on) return;
  const at = deps.clock.now();
  const day = shanghaiDate(at);
  await q.execute(`UPDATE points_records SET renewal_submitted_on = $2, updated_at = $3 WHERE id = $1`, [
    r.id,
    day,
    at,
  ]);
  if (day > r.expires_on) return;
  await insertEvents(
    q,
    [
      {
        id: randomUUID(),
        recordId: r.id,
        cycle: r.cycle,
        onDate: day,
        kind: 'reminders_cancelled',
        fromState: null,
        toState: null,
        ruleId: 'L-2',
        cause: `application:${applicationId}`,
      },
    ],
    at,
  );
  await appendAudit(q, deps.clock, actor, {
    action: 'points.reminders_cancelled',
    subjectType: 'points_record',
    subjectId: r.id,
    after: { cycle: r.cycle, renewalSubmittedOn: day, applicationId, ruleId: 'L-2' },
  });
}

/**
 * L-2: a renewal that cancelled the reminders and then ends without approval
 * (rejected, or withdrawn) gives them back: the holder must still renew, so
 * the cycle's reminders from tomorrow on go out again.
 */
export async function recordRenewalEnded(
  q: Sql,
  deps: Pick<ModuleDeps, 'clock'>,
  actor: Actor | null,
  holderId: string,
  applicationId: string,
): Promise<void> {
  const r = await findRecordByHolder(q, holderId, true);
  if (!r || !r.renewal_submitted_on) return;
  // Another renewal still under way keeps them cancelled (one open application per holder makes it rare).
  const other = await q.maybeOne<{ id: string }>(
    `SELECT id FROM applications WHERE holder_id = $1 AND id <> $2 AND kind <> 'first_application'
       AND state IN ('submitted', 'awaiting_visit', 'under_review', 'returned') LIMIT 1`,
    [holderId, applicationId],
  );
  if (other) return;
  const at = deps.clock.now();
  const day = shanghaiDate(at);
  await q.execute(`UPDATE points_records SET renewal_submitted_on = NULL, updated_at = $2 WHERE id = $1`, [r.id, at]);
  // Only a cancellation the holder was told of (submitted on or before the expiry) is undone in the history.
  if (r.renewal_submitted_on > r.expires_on) return;
  await insertEvents(
    q,
    [
      {
        id: randomUUID(),
        recordId: r.id,
        cycle: r.cycle,
        onDate: day,
        kind: 'reminders_resumed',
        fromState: null,
        toState: null,
        ruleId: 'L-2',
        cause: `application:${applicationId}`,
      },
    ],
    at,
  );
  await appendAudit(q, deps.clock, actor, {
    action: 'points.reminders_resumed',
    subjectType: 'points_record',
    subjectId: r.id,
    before: { renewalSubmittedOn: r.renewal_submitted_on },
    after: { cycle: r.cycle, applicationId, ruleId: 'L-2' },
  });
}

const RULE_OF_STATE: Record<LifecycleState, string> = {
  valid: 'L-1',
  renewal_window: 'L-2',
  grace: 'L-3',
  points_cleared: 'L-4',
  permit_lapsed: 'L-5',
};

const EVENT_LABELS: Record<NewEvent['kind'], { zh: string; en: string }> = {
  created: msg('pointsRecords.created'),
  renewed: msg('pointsRecords.renewed'),
  state_changed: msg('pointsRecords.stateChanged'),
  benefits_suspended: msg('pointsRecords.benefitsSuspended'),
  benefits_restored: msg('pointsRecords.benefitsRestored'),
  notice_revoked: msg('pointsRecords.noticeRevoked'),
  reminders_cancelled: msg('pointsRecords.remindersCancelled'),
  reminders_resumed: msg('pointsRecords.remindersResumed'),
};

/** The holder's points record, its history and its reminders; for the holder, their HR and the centres (404 otherwise). */
export async function getPointsRecord(
  deps: ModuleDeps,
  user: AuthUser,
  holderId: string | 'mine',
  lang: Lang,
): Promise<PointsRecordResponse> {
  let id = holderId;
  if (holderId === 'mine') {
    const own = await deps.db.maybeOne<{ id: string }>(`SELECT id FROM holders WHERE user_id = $1`, [user.id]);
    if (!own) throw denied.notFound(msg('nouns.holder'));
    id = own.id;
  } else {
    await findVisibleHolder(deps, user, holderId, { clerkCityWide: true });
  }
  const r = await findRecordByHolder(deps.db, id);
  if (!r) return { record: null, events: [], reminders: [] };
  const day = shanghaiDate(deps.clock.now());
  const policy = selectPolicy(deps.policy.set(), day);
  // L-5 is the permit's: endorsed past the cycle, the permit does not lapse with it.
  const endorsedTo = (await latestPermitExpiries(deps.db, [id])).get(id) ?? null;
  const computed = policy.ok ? lifecycleOn({ expiry: r.expires_on, endorsedTo }, day, policy.value) : null;
  const status = computed?.ok ? computed.value : null;
  // Issue 17: the state that applies today, from the dates, with since when and its rule: shown even when no change was recorded (a seeded or newly created record).
  const current = policy.ok
    ? cycleStateOn({ validFrom: r.valid_from, expiresOn: r.expires_on, endorsedTo }, day, policy.value)
    : { state: r.state, since: r.state_since, ruleId: RULE_OF_STATE[r.state] };
  const events = await deps.db.query<{
    id: string;
    cycle: number;
    on_date: string;
    kind: NewEvent['kind'];
    from_state: LifecycleState | null;
    to_state: LifecycleState | null;
    rule_id: string;
  }>(
    `SELECT id, cycle, on_date::text AS on_date, kind, from_state, to_state, rule_id FROM points_record_events WHERE record_id = $1 ORDER BY on_date DESC, at DESC, id LIMIT 200`,
    [r.id],
  );
  const reminders = await deps.db.query<{
    id: string;
    cycle: number;
    kind: string;
    rule_id: string;
    due_on: string;
    sent_on: string | null;
    skipped_on: string | null;
    skip_reason: string | null;
    skip_reason_en: string | null;
    title: string;
    title_en: string;
    body: string;
    body_en: string;
    channels: string;
  }>(
    `SELECT id, cycle, kind, rule_id, due_on::text AS due_on, sent_on::text AS sent_on, skipped_on::text AS skipped_on, skip_reason, skip_reason_en, title, title_en, body, body_en, channels
     FROM points_reminders WHERE record_id = $1 ORDER BY due_on DESC, id LIMIT 200`,
    [r.id],
  );
  return {
    record: {
      id: r.id,
      cycle: r.cycle,
      validFrom: r.valid_from,
      expiresOn: r.expires_on,
      state: current.state,
      stateLabel: STATE_LABELS[current.state][lang],
      stateSince: current.since,
      stateRuleId: current.ruleId,
      nextEventOn: r.next_event_on,
      nextDeadline: status?.nextDeadline
        ? { date: status.nextDeadline.date, label: status.nextDeadline.label[lang], ruleId: status.nextDeadline.ruleId }
        : null,
      daysLeft: status?.daysLeft ?? null,
      benefitsSuspendedOn: r.benefits_suspended_on,
      noticeRevokedOn: r.notice_revoked_on,
      renewalSubmittedOn: r.renewal_submitted_on,
    },
    events: events.map((e) => ({
      id: e.id,
      cycle: e.cycle,
      onDate: e.on_date,
      kind: e.kind,
      ruleId: e.rule_id,
      label:
        e.kind === 'state_changed' && e.to_state
          ? `${EVENT_LABELS.state_changed[lang]}：${STATE_LABELS[e.to_state][lang]}`
          : EVENT_LABELS[e.kind][lang],
    })),
    reminders: reminders.map((m) => ({
      id: m.id,
      cycle: m.cycle,
      kind: m.kind,
      ruleId: m.rule_id,
      dueOn: m.due_on,
      sentOn: m.sent_on,
      skippedOn: m.skipped_on,
      skipReason: lang === 'zh' ? m.skip_reason : m.skip_reason_en,
      title: lang === 'zh' ? m.title : m.title_en,
      body: lang === 'zh' ? m.body : m.body_en,
      channels: m.channels.split(',').filter(Boolean),
    })),
  };
}
