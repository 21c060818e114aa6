import { randomUUID } from 'node:crypto';
import type { AssessmentInput } from '@jifen/domain';
import type { Db, Sql } from '../../adapters/db/sql.ts';
import type { Client } from '../../../test/support/client.ts';
import type { PiiCipher } from '../../security/pii.ts';
import { RECORDS_FIELD } from '../holder-data/holder-data.service.ts';

/** Holder data that passes every hard check (C-1, C-3, C-5, C-6). */
export const PASSING_INPUT: AssessmentInput = {
  birthDate: '1990-03-07',
  education: 'benke_bachelor',
  socialInsurance: {
    kind: 'summary',
    qualifyingMonths: 48,
    insuredThisMonth: true,
    monthsPaidInWindow: 12,
    baseMultipleTier: null,
  },
};

/** C-1 fails: only the last 4 of 12 months paid (journey c). */
export const C1_FAILING_INPUT: AssessmentInput = {
  birthDate: '1990-03-07',
  education: 'benke_bachelor',
  socialInsurance: {
    kind: 'records',
    months: Array.from({ length: 13 }, (_, i) => {
      const d = new Date(Date.UTC(2025, 5 + i, 1));
      return { month: d.toISOString().slice(0, 7), paid: i >= 9, employerUscc: '91310115MA1H7Q3R2X' };
    }),
  },
};

let counter = 0;
export const newKey = () => `test-key-${Date.now()}-${++counter}`;

export async function createDraft(hr: Client, holderId: string, kind = 'first_application', key = newKey()) {
  const res = await hr.post('/api/v1/applications', { holderId, kind }, { headers: { 'idempotency-key': key } });
  if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`create failed ${res.statusCode} ${res.body}`);
  return res.json().application as { id: string; number: string; version: number; state: string };
}

export async function act(c: Client, id: string, action: string, expectedVersion: number, reason?: string) {
  return c.post(`/api/v1/applications/${id}/actions/${action}`, { expectedVersion, ...(reason ? { reason } : {}) });
}

/**
 * The holder's next permit cycle, as an endorsement makes it (L-7: a new
 * permits row a year on). A second approval in one cycle is refused
 * (migration 008), so a test that approves a renewal after an approval
 * endorses first, as R-3 step 1 says.
 */
export async function startNextPermitCycle(db: Sql, holderId: string): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO permits (id, holder_id, permit_no, issued_on, expires_on, created_at)
     SELECT $1, holder_id, permit_no, expires_on, expires_on + interval '1 year', now()
     FROM permits WHERE holder_id = $2 ORDER BY expires_on DESC LIMIT 1`,
    [id, holderId],
  );
  return id;
}

/**
 * Test set-up: the permit endorsed for the period after the points cycle, as
 * the clerk's endorsement leaves it (L-7: a renewal is submitted only then),
 * unless it already is.
 */
export async function ensureEndorsedForRenewal(db: Sql, holderId: string): Promise<void> {
  const r = await db.one<{ needed: boolean }>(
    `SELECT COALESCE((SELECT max(expires_on) FROM permits WHERE holder_id = $1) <= (SELECT expires_on FROM points_records WHERE holder_id = $1), false) AS needed`,
    [holderId],
  );
  if (r.needed) await startNextPermitCycle(db, holderId);
}

/**
 * Test set-up: the holder as one whose points jifen has no record of (never
 * approved, or approved before jifen knew them), so that a first application
 * may go ahead. L-4: while a points cycle on file is not cleared, the holder
 * renews instead, and every demo holder with a permit has one. The record
 * goes with its history, reminders and the reminders' messages.
 */
export async function withoutPointsOnFile(db: Db, holderId: string): Promise<void> {
  await db.tx(async (q) => {
    const reminders = `SELECT m.id FROM points_reminders m JOIN points_records r ON r.id = m.record_id WHERE r.holder_id = $1`;
    await q.query(`DELETE FROM notifications WHERE reminder_id IN (${reminders})`, [holderId]);
    await q.query(`DELETE FROM outbox WHERE reminder_id IN (${reminders})`, [holderId]);
    await q.query(`DELETE FROM points_reminders WHERE id IN (${reminders})`, [holderId]);
    await q.query(
      'DELETE FROM points_record_events WHERE record_id IN (SELECT id FROM points_records WHERE holder_id = $1)',
      [holderId],
    );
    await q.query('DELETE FROM points_records WHERE holder_id = $1', [holderId]);
  });
}

/** Test set-up only: closes the holder's open application, so that a test can start another (one open per holder). */
export async function withdrawOpenApplications(db: Sql, holderId: string): Promise<void> {
  await db.query(
    "UPDATE applications SET state = 'withdrawn', version = version + 1 WHERE holder_id = $1 AND state NOT IN ('approved', 'rejected', 'withdrawn')",
    [holderId],
  );
}

/**
 * Test set-up: the holder's contribution bases set to 12,400, near the 1x
 * threshold, so that the 2025 average wage decides S-9 / C-2 (issue 19: a
 * missing wage year is pending only when it can change the result; at the
 * demo's 12,000 the published years already decide it).
 */
export async function baseNearThreshold(h: { db: Sql; pii: PiiCipher }, holderId: string): Promise<void> {
  const stored = await h.db.one<{ records_enc: string }>(
    'SELECT records_enc FROM holder_si_records WHERE holder_id = $1',
    [holderId],
  );
  const months = JSON.parse(h.pii.decrypt(RECORDS_FIELD, stored.records_enc)) as {
    base?: number;
    taxedIncome?: number;
  }[];
  const near = months.map((m) =>
    m.base === undefined ? m : { ...m, base: 12400, taxedIncome: Math.max(12400, m.taxedIncome ?? 0) },
  );
  await h.db.execute('UPDATE holder_si_records SET records_enc = $2 WHERE holder_id = $1', [
    holderId,
    h.pii.encrypt(RECORDS_FIELD, JSON.stringify(near)),
  ]);
}
