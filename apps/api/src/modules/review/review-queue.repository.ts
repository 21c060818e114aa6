import type { QueueSla, QueueSlaBounds } from '@jifen/domain';
import type { Sql } from '../../adapters/db/sql.ts';
import { CENTRE_STATES } from './review.repository.ts';

/**
 * Issue 20: the reviewer's queue in pages. The SLA status of each case is
 * worked out here from the date bounds the domain computes once per request
 * (`queueSlaBounds`), so the database filters, counts and orders by it and
 * only a page of rows leaves it. `queue-sla-sql.test.ts` holds these
 * fragments to the domain's `queueSla` and `compareByDue`.
 */

export type SlaStatus = QueueSla;

/** One row of a page of the queue: the district's open cases at the centre. */
export interface QueueRow {
  id: string;
  number: string;
  holder_name: string;
  employer_id: string;
  employer_name: string;
  kind: string;
  state: string;
  version: number;
  sla_due: string | null;
  sla_pending_year: number | null;
  sla_status: SlaStatus;
  assignee_id: string | null;
  assignee_name: string | null;
  assigned_at: Date | null;
  updated_at: Date;
}

/** An employer with a case at the centre: the workbench's employer filter offers them all, whatever the page. */
export interface QueueEmployer {
  id: string;
  name: string;
}

export interface QueueFilter {
  state?: string;
  kind?: string;
  employerId?: string;
  /** null: unclaimed cases only. */
  assigneeId?: string | null;
}

/** Adds a parameter and gives its placeholder. */
type Param = (value: unknown) => string;

/**
 * R-3 step 4 and P-2 as `queueSla` decides them, over `a.state`, `a.sla_due`
 * and `a.sla_pending_year`: only a case under review runs; a pending year, no
 * due date or a due date outside the loaded calendar run is pending; then
 * breached before today, at risk before `atRiskBefore`, on track after.
 */
export function slaStatusSql(b: QueueSlaBounds, p: Param): string {
  return `CASE WHEN a.state <> 'under_review' THEN 'not_running'
    WHEN a.sla_pending_year IS NOT NULL OR a.sla_due IS NULL
      OR a.sla_due < ${p(b.calendarFrom)}::date OR a.sla_due > ${p(b.calendarTo)}::date THEN 'pending'
    WHEN a.sla_due < ${p(b.today)}::date THEN 'breached'
    WHEN a.sla_due < ${p(b.atRiskBefore)}::date THEN 'at_risk'
    ELSE 'on_track' END`;
}

/**
 * Most urgent first, as `compareByDue` sorted the rows read in due order:
 * the running cases by due date, then the pending, then those not running,
 * each by due date, creation and id (a total order, so pages never overlap).
 * Over the columns of `t`, which carries `sla_status`.
 */
export function queueOrderSql(t: string): string {
  return `CASE ${t}.sla_status WHEN 'not_running' THEN 2 WHEN 'pending' THEN 1 ELSE 0 END,
  ${t}.sla_due NULLS LAST, ${t}.created_at, ${t}.id`;
}

function districtCases(districtCode: string, filter: QueueFilter, p: Param): string {
  const where = [`e.district_code = ${p(districtCode)}`];
  if (filter.state) where.push(`a.state = ${p(filter.state)}`);
  else where.push(`a.state = ANY(${p([...CENTRE_STATES])}::text[])`);
  if (filter.kind) where.push(`a.kind = ${p(filter.kind)}`);
  if (filter.employerId) where.push(`a.employer_id = ${p(filter.employerId)}`);
  if (filter.assigneeId === null) where.push('a.assignee_id IS NULL');
  else if (filter.assigneeId) where.push(`a.assignee_id = ${p(filter.assigneeId)}`);
  return `FROM applications a JOIN employers e ON e.id = a.employer_id WHERE ${where.join(' AND ')}`;
}

function params(): { values: unknown[]; p: Param } {
  const values: unknown[] = [];
  return {
    values,
    p: (value) => {
      values.push(value);
      return `$${values.length}`;
    },
  };
}

const SLA_STATUSES = ['on_track', 'at_risk', 'breached', 'pending', 'not_running'] as const;

/**
 * One page of the district's cases (under the filters and, if given, one SLA
 * status), most urgent first, and how many cases have each SLA status under
 * the other filters, in one statement (on PGlite each statement costs the
 * app's own thread). The page is cut before the names are looked up, each
 * by its primary key: a join let the planner hash every user (10,011 rows,
 * 1.2 ms at 1,000,000 holders) for 50 names. With no case on the page the
 * one row left carries the counts alone. Every row also carries the
 * district's employers with a case at the centre, under no filter (the
 * employer filter's options must not shrink to the page or to the filter).
 */
export async function queuePage(
  q: Sql,
  districtCode: string,
  filter: QueueFilter & { sla?: SlaStatus },
  bounds: QueueSlaBounds,
  page: { offset: number; limit: number },
): Promise<{ counts: Record<SlaStatus, number>; employers: QueueEmployer[]; rows: QueueRow[] }> {
  const { values, p } = params();
  const status = slaStatusSql(bounds, p);
  const cases = districtCases(districtCode, filter, p);
  const onlySla = filter.sla ? `WHERE s.sla_status = ${p(filter.sla)}` : '';
  const count = (x: SlaStatus) => `count(*) FILTER (WHERE sla_status = '${x}')::int AS ${x}`;
  const everyEmployer = districtCases(districtCode, {}, p);
  const rows = await q.query<
    Record<SlaStatus, number> & { employers: QueueEmployer[] } & (QueueRow | { [K in keyof QueueRow]: null })
  >(
    `WITH s AS (
       SELECT a.id, a.number, a.holder_id, a.employer_id, e.name AS employer_name, a.kind, a.state, a.version,
         a.sla_due, a.sla_pending_year, a.assignee_id, a.assigned_at, a.created_at, a.updated_at, ${status} AS sla_status
       ${cases}
     ), n AS (
       SELECT ${SLA_STATUSES.map(count).join(', ')} FROM s
     ), emp AS (
       SELECT coalesce(json_agg(json_build_object('id', x.id, 'name', x.name) ORDER BY x.name, x.id), '[]') AS employers
       FROM (SELECT DISTINCT e.id, e.name ${everyEmployer}) x
     ), c AS (
       SELECT s.* FROM s ${onlySla} ORDER BY ${queueOrderSql('s')} LIMIT ${p(page.limit)} OFFSET ${p(page.offset)}
     )
     SELECT ${SLA_STATUSES.map((x) => `n.${x}`).join(', ')}, emp.employers,
       c.id, c.number, (SELECT h.name FROM holders h WHERE h.id = c.holder_id) AS holder_name,
       c.employer_id, c.employer_name, c.kind, c.state, c.version,
       to_char(c.sla_due, 'YYYY-MM-DD') AS sla_due, c.sla_pending_year, c.sla_status, c.assignee_id,
       (SELECT u.display_name FROM users u WHERE u.id = c.assignee_id) AS assignee_name, c.assigned_at, c.updated_at
     FROM n CROSS JOIN emp LEFT JOIN c ON true
     ORDER BY ${queueOrderSql('c')}`,
    values,
  );
  const first = rows[0]!;
  const counts = Object.fromEntries(SLA_STATUSES.map((x) => [x, first[x]])) as Record<SlaStatus, number>;
  return {
    counts,
    employers: first.employers,
    rows: rows.filter((r): r is Record<SlaStatus, number> & { employers: QueueEmployer[] } & QueueRow => r.id !== null),
  };
}
