import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policySet } from '@jifen/policies';
import {
  addDays,
  buildWorkingCalendar,
  compareByDue,
  queueSla,
  queueSlaBounds,
  type QueueSlaView,
  type WorkingCalendar,
} from '@jifen/domain';
import { DB_KINDS, freshDatabase, type FreshDb } from '../../../test/support/databases.ts';
import { queueOrderSql, slaStatusSql } from './review-queue.repository.ts';

/**
 * Issue 20: the queue's SLA status moved from JavaScript (`queueSla` per row)
 * into SQL over date bounds (`queueSlaBounds`). The SQL must say what the
 * domain says for every case, around every boundary: today, the at-risk
 * threshold N/N+1 working days away, make-up working days and holidays,
 * the end of the loaded calendar, a year with no calendar (P-2), pending
 * years, no due date, states that do not run. And its order must be the one
 * `compareByDue` gave the rows read in due-date order.
 */
const CALENDAR = policySet.calendar;

function only(...years: number[]): WorkingCalendar {
  const cal = buildWorkingCalendar(years.map((y) => CALENDAR.years.get(y)!.doc));
  if (!cal.ok) throw new Error('calendar');
  return cal.value;
}

interface Case {
  state: string;
  slaDue: string | null;
  slaPendingYear: number | null;
  createdAt: string;
  id: string;
}

/** A small deterministic generator (no Math.random in a test). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

const STATES = ['under_review', 'under_review', 'under_review', 'awaiting_visit', 'returned'];

/** Every due date within 400 days of today, under review, plus a mix of the other shapes. */
function casesAround(today: string, seed: number): Case[] {
  const rnd = lcg(seed);
  const cases: Case[] = [];
  const hex = (n: number) => n.toString(16).padStart(12, '0');
  for (let d = -400; d <= 400; d++) {
    const r = rnd();
    const state = d % 3 === 0 ? STATES[Math.floor(rnd() * STATES.length)]! : 'under_review';
    const pending = r < 0.04;
    cases.push({
      state,
      slaDue: r > 0.97 ? null : addDays(today, d),
      slaPendingYear: pending ? 2027 : null,
      // Few distinct creation times and due dates shared by several cases, so the ties are decided by id.
      createdAt: `2025-0${1 + Math.floor(rnd() * 3)}-01T00:00:00.000Z`,
      id: `00000000-0000-4000-8000-${hex(Math.floor(rnd() * 2 ** 40))}`,
    });
  }
  return cases;
}

describe.each(DB_KINDS)('the queue SLA in SQL agrees with queueSla (%s)', (kind) => {
  let fresh: FreshDb;
  beforeAll(async () => {
    fresh = await freshDatabase(kind);
  }, 120_000);
  afterAll(async () => fresh?.drop());

  /** The repository's own fragments over the cases as rows of `a`. */
  async function sqlQueue(cases: Case[], today: string, cal: WorkingCalendar, n: number) {
    const values: unknown[] = [
      cases.map((c) => c.state),
      cases.map((c) => c.slaDue),
      cases.map((c) => c.slaPendingYear),
      cases.map((c) => c.createdAt),
      cases.map((c) => c.id),
    ];
    const p = (v: unknown) => {
      values.push(v);
      return `$${values.length}`;
    };
    const status = slaStatusSql(queueSlaBounds(today, cal, n), p);
    return fresh.db.query<{ id: string; sla_status: string }>(
      `SELECT s.id::text AS id, s.sla_status FROM (
         SELECT a.*, ${status} AS sla_status
         FROM unnest($1::text[], $2::date[], $3::int[], $4::timestamptz[], $5::uuid[]) AS a(state, sla_due, sla_pending_year, created_at, id)
       ) s ORDER BY ${queueOrderSql('s')}`,
      values,
    );
  }

  /** What the queue did before: rows in due order (the old SQL), each through queueSla, sorted by compareByDue. */
  function jsQueue(cases: Case[], today: string, cal: WorkingCalendar, n: number) {
    const read = [...cases].sort(
      (a, b) =>
        (a.slaDue === b.slaDue ? 0 : a.slaDue === null ? 1 : b.slaDue === null ? -1 : a.slaDue < b.slaDue ? -1 : 1) ||
        a.createdAt.localeCompare(b.createdAt) ||
        a.id.localeCompare(b.id),
    );
    const views: { id: string; sla: QueueSlaView }[] = read.map((c) => ({ id: c.id, sla: queueSla(c, today, cal, n) }));
    return views.sort((a, b) => compareByDue(a.sla, b.sla)).map((v) => ({ id: v.id, sla_status: v.sla.status }));
  }

  it.each([
    ['2026-03-09', 5, 'N/N+1 on 3/16 and 3/17', CALENDAR],
    ['2026-02-13', 5, 'Friday before Spring Festival; make-up Saturdays 2/14 and 2/28', CALENDAR],
    ['2026-02-14', 5, 'on the make-up Saturday', CALENDAR],
    ['2026-02-20', 0, 'inside the holiday, N = 0', CALENDAR],
    ['2026-02-22', 1, 'last Sunday of the holiday, N = 1', CALENDAR],
    ['2025-09-28', 5, 'make-up Sunday before National Day 2025', CALENDAR],
    ['2025-10-08', 5, 'last day of National Day 2025', CALENDAR],
    ['2026-09-30', 7, 'before National Day 2026, make-up Saturday 10/10', CALENDAR],
    ['2025-12-29', 5, 'across the new year', CALENDAR],
    ['2026-12-24', 5, 'the last loaded year: 2027 is pending (P-2)', CALENDAR],
    ['2026-12-31', 5, 'the last loaded day', CALENDAR],
    ['2027-01-04', 5, "today's year not loaded: everything under review pending", CALENDAR],
    ['2026-06-01', 5, 'only 2026 loaded: due dates in 2025 pending', only(2026)],
    ['2025-06-02', 5, "a gap: today's year missing", only(2024, 2026)],
    ['2026-01-05', 5, 'a gap: 2025 missing, reached from 2026', only(2024, 2026)],
  ] as const)('on %s with N = %i (%s): the same status for each case, the same order', async (today, n, _why, cal) => {
    const cases = casesAround(
      today,
      today.split('-').reduce((a, x) => a * 31 + Number(x), n + 1),
    );
    const sql = await sqlQueue(cases, today, cal, n);
    expect(sql).toEqual(jsQueue(cases, today, cal, n));
    // Every status the boundaries can give is exercised somewhere in the list above; here at least two.
    expect(new Set(sql.map((r) => r.sla_status)).size).toBeGreaterThanOrEqual(2);
  });
});
