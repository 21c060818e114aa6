import {
  applicationTarget,
  selectPolicy,
  type ApplicationKind,
  type ApplicationStage,
  type DomainError,
  type PermitPeriod,
  type PolicySet,
} from '@jifen/domain';
import type { Sql } from '../../adapters/db/sql.ts';
import { AppError } from '../../errors.ts';
import { loadHolderTimeline } from '../holders/holder-timeline.ts';
import type { ApplicationRow } from './applications.repository.ts';

/**
 * Issue 17: what the holder's timeline allows this application at `stage`
 * on `today` (the domain's `applicationTarget`: L-5 lapsed permits, L-4
 * cleared points, L-7 endorsement before a renewal), and the permit period
 * it is for. Every path that creates, submits or approves asks here.
 */
export async function timelineTarget(
  q: Sql,
  set: PolicySet,
  a: Pick<ApplicationRow, 'holder_id' | 'kind' | 'submitted_on'>,
  stage: ApplicationStage,
  today: string,
): Promise<{ ok: true; period: PermitPeriod | null } | { ok: false; error: DomainError }> {
  const policy = selectPolicy(set, today);
  if (!policy.ok) return { ok: false, error: policy.error };
  const timeline = await loadHolderTimeline(q, a.holder_id);
  const submittedOn = stage === 'approve' && a.submitted_on ? a.submitted_on : today;
  const r = applicationTarget(timeline, a.kind as ApplicationKind, stage, today, policy.value, submittedOn);
  return r.ok ? { ok: true, period: r.value } : { ok: false, error: r.error };
}

/** The same, refusing with the rule's coded error (422 with what to do and where). */
export async function requireTimelineTarget(
  q: Sql,
  set: PolicySet,
  a: Pick<ApplicationRow, 'holder_id' | 'kind' | 'submitted_on'>,
  stage: ApplicationStage,
  today: string,
): Promise<PermitPeriod | null> {
  const r = await timelineTarget(q, set, a, stage, today);
  if (!r.ok) throw new AppError(r.error);
  return r.period;
}
