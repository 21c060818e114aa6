import { msg } from '@jifen/messages';
import type { AuthUser } from '../../access.ts';
import type { Sql } from '../../adapters/db/sql.ts';
import type { ModuleDeps } from '../../deps.ts';
import { type AppError, fail } from '../../errors.ts';
import { visibleApplication } from '../applications/applications.service.ts';
import { reviewFacts } from './review.repository.ts';

/**
 * Issue 23, item 8: the locks every move of the centre takes (the queue's
 * claim and hand-over, the indicator decisions, a C-5 finding), shared by
 * the three review services.
 */

const heldBy = (name: string) =>
  fail('REVIEW.HELD_BY_OTHER', msg('review.heldByAnother', { name }), [], { ruleId: 'R-3' });

const closed = (state: string) =>
  fail('REVIEW.CASE_CLOSED', msg('review.notAtCentre', { state }), [], { ruleId: 'R-3' });

const OPEN_AT_CENTRE = ['awaiting_visit', 'under_review', 'returned'];

export type Assignment = { assignee: { id: string; name: string }; assignedAt: string };

/**
 * Locks the application row for one move of the centre: visible to the
 * user, in a state `check` allows, and not held by another reviewer.
 */
export async function lockCase(
  q: Sql,
  deps: ModuleDeps,
  user: AuthUser,
  id: string,
  check: (state: string) => AppError | null,
) {
  await q.query('SELECT id FROM applications WHERE id = $1 FOR UPDATE', [id]);
  const row = await visibleApplication({ ...deps, db: q as ModuleDeps['db'] }, user, id);
  const refused = check(row.state);
  if (refused) throw refused;
  const facts = await reviewFacts(q, id);
  if (facts.assignee_id && facts.assignee_id !== user.id) throw heldBy(facts.assignee_name ?? '');
  return { row, facts };
}

export const openAtCentre = (state: string) => (OPEN_AT_CENTRE.includes(state) ? null : closed(state));

const notUnderReview = (state: string) =>
  fail('REVIEW.NOT_UNDER_REVIEW', msg('review.notUnderReview', { state }), [], { ruleId: 'R-3' });

/** Locks the row and checks it is under review and not held by someone else. */
export function lockForReview(q: Sql, deps: ModuleDeps, user: AuthUser, id: string) {
  return lockCase(q, deps, user, id, (state) => (state === 'under_review' ? null : notUnderReview(state)));
}
