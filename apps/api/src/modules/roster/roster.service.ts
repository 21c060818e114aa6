import {
  formulaSafe,
  toCsv,
  type CsvColumn,
  type RenewalOutcome,
  type RosterEntry,
  type RosterFilters,
  type RosterPage,
  type RosterQuery,
  type RosterSummary,
  type StartRenewalsRequest,
} from '@jifen/contracts';
import { addDays, maskResidentId, selectPolicy, type LocalizedText, type PolicySet } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import { msg } from '@jifen/messages';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError, denied, fail } from '../../errors.ts';
import { createApplication } from '../applications/applications.service.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { assertEmployerVerified, lifecycleOf } from '../holders/holders.service.ts';
import { expiryRangeOfState, expiryRanges } from './roster-ranges.ts';
import {
  departmentsOf,
  expiriesPerDay,
  keptRangeCounts,
  rosterPage,
  type Cursor,
  type RosterRow,
  type RosterWhere,
} from './roster.repository.ts';

export type Lang = 'zh' | 'en';
export const NO_PERMIT = 'infinity';
const PAGE_DEFAULT = 50;

export function employerOf(user: AuthUser): string {
  assertEmployerVerified(user);
  if (user.role !== 'hr' || !user.employer) throw denied.forbidden();
  return user.employer.id;
}

export const today = (deps: ModuleDeps) => shanghaiDate(deps.clock.now());

function lifecycleParams(set: PolicySet, asOf: string) {
  const policy = selectPolicy(set, asOf);
  if (!policy.ok) throw new AppError(policy.error);
  return policy.value.params.lifecycle;
}

const badCursor = () =>
  fail('VALIDATION.INVALID', msg('roster.badCursor'), [{ path: 'query.after', message: msg('roster.badCursorShort') }]);

export function encodeCursor(row: { expires_on: string; id: string }): string {
  return Buffer.from(`${row.expires_on}|${row.id}`).toString('base64url');
}

export function decodeCursor(raw: string): Cursor {
  const [expiresOn, id] = Buffer.from(raw, 'base64url').toString('utf8').split('|');
  if (!expiresOn || !id || !/^(\d{4}-\d{2}-\d{2}|infinity)$/.test(expiresOn) || !/^[0-9a-f-]{36}$/.test(id))
    throw badCursor();
  return { expiresOn, id };
}

/** The filters as one indexed WHERE: state and deadline become expiry ranges (roster-ranges.ts). */
export function whereOf(
  deps: Pick<ModuleDeps, 'pii' | 'policy'>,
  employerId: string,
  asOf: string,
  f: RosterFilters,
): RosterWhere {
  const w: RosterWhere = { employerId, ranges: [] };
  if (f.state || f.deadlineFrom || f.deadlineTo) {
    w.ranges = expiryRanges(asOf, lifecycleParams(deps.policy.set(), asOf), f);
    // Nobody can match: an empty range that the index answers at once.
    if (w.ranges.length === 0) w.ranges = [{ from: '9999-12-31', to: '0001-01-01' }];
  }
  if (f.expiresOn) {
    const day = f.expiresOn;
    const hit =
      w.ranges.length === 0 ||
      w.ranges.some((r) => (r.from === null || r.from <= day) && (r.to === null || day <= r.to));
    w.ranges = hit ? [{ from: day, to: day }] : [{ from: '9999-12-31', to: '0001-01-01' }];
  }
  if (f.department) w.department = f.department;
  const q = f.q?.trim();
  if (q) {
    if (/^\d{17}[\dXx]$/.test(q)) w.residentIdHash = deps.pii.lookupHash('holder.resident_id', q.toUpperCase());
    else if (/^[\dXx]{1,4}$/.test(q)) w.idSuffix = q.toUpperCase();
    else if (/^[\dXx*]+$/.test(q) && q.includes('*')) w.idPattern = q.toUpperCase();
    else w.namePrefix = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  }
  return w;
}

function toEntry(set: PolicySet, r: RosterRow, asOf: string): RosterEntry {
  const expiresOn = r.expires_on === NO_PERMIT ? null : r.expires_on;
  return {
    id: r.id,
    name: r.name,
    residentId: r.resident_id_masked,
    department: r.department,
    permitNo: r.permit_no,
    expiresOn,
    lifecycle: lifecycleOf(set, expiresOn, asOf),
  };
}

/** `GET /api/v1/roster`: one keyset page, most overdue first. */
export async function listRoster(deps: ModuleDeps, user: AuthUser, query: RosterQuery): Promise<RosterPage> {
  const employerId = employerOf(user);
  const asOf = today(deps);
  const limit = query.limit ?? PAGE_DEFAULT;
  const after = query.after ? decodeCursor(query.after) : null;
  const rows = await rosterPage(deps.db, whereOf(deps, employerId, asOf, query), after, limit + 1);
  const page = rows.slice(0, limit);
  return {
    asOf,
    entries: page.map((r) => toEntry(deps.policy.set(), r, asOf)),
    next: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null,
  };
}

/**
 * `GET /api/v1/roster/summary`: counts by state and the expiries of the next
 * 90 days. Issue 20: the head-count per state as a sum over each state's range of
 * expiry dates (L-2..L-5 turned around, `expiryRangeOfState`, checked day by
 * day against the domain's lifecycle) of the counts kept per expiry day
 * (migration 024): the same work at 200 or 200,000 staff.
 */
export async function rosterSummary(deps: ModuleDeps, user: AuthUser): Promise<RosterSummary> {
  const employerId = employerOf(user);
  const asOf = today(deps);
  const l = lifecycleParams(deps.policy.set(), asOf);
  const ranges = SUMMARY_STATES.map((s) => expiryRangeOfState(s, asOf, l));
  // Three small reads, independent: together (on PostgreSQL, each on its own connection).
  const [counts, expiries, departments] = await Promise.all([
    keptRangeCounts(deps.db, employerId, ranges),
    expiriesPerDay(deps.db, employerId, asOf, addDays(asOf, 89)),
    departmentsOf(deps.db, employerId),
  ]);
  const byState = Object.fromEntries(SUMMARY_STATES.map((s, i) => [s, counts.inRange[i]!])) as RosterSummary['byState'];
  return { asOf, total: counts.total, noPermit: counts.noPermit, byState, expiries, departments };
}

const SUMMARY_STATES = ['valid', 'renewal_window', 'grace', 'points_cleared', 'permit_lapsed'] as const;

// ---- export ----

const STATE_TEXT: Record<string, LocalizedText> = {
  valid: msg('roster.state.valid'),
  renewal_window: msg('roster.state.renewalWindow'),
  grace: msg('roster.state.grace'),
  points_cleared: msg('roster.state.pointsCleared'),
  permit_lapsed: msg('roster.state.permitLapsed'),
};

/** `GET /api/v1/roster/export`: every matching row (read page by page), ID numbers masked, cells formula-safe. */
export async function exportRoster(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  query: RosterFilters & { format: 'csv' | 'xlsx' },
  lang: Lang,
): Promise<{ filename: string; type: string; body: Buffer | string }> {
  const employerId = employerOf(user);
  const asOf = today(deps);
  const where = whereOf(deps, employerId, asOf, query);
  const entries: RosterEntry[] = [];
  let after: Cursor | null = null;
  for (;;) {
    const rows = await rosterPage(deps.db, where, after, 1000);
    for (const r of rows) entries.push(toEntry(deps.policy.set(), r, asOf));
    if (rows.length < 1000) break;
    const last = rows[rows.length - 1]!;
    after = { expiresOn: last.expires_on, id: last.id };
  }
  await deps.db.tx((q) =>
    appendAudit(q, deps.clock, actor, {
      action: 'roster.export',
      subjectType: 'employer',
      subjectId: employerId,
      after: { format: query.format, rows: entries.length, filters: { ...query, format: undefined } },
    }),
  );
  const h = (t: LocalizedText) => (lang === 'zh' ? `${t.zh} ${t.en}` : t.en);
  const columns: CsvColumn<RosterEntry>[] = [
    { header: h(msg('roster.column.name')), value: (e) => e.name },
    // PI-1: the masked ID only, whatever the row holds.
    { header: h(msg('roster.column.residentId')), value: (e) => maskResidentId(e.residentId) },
    { header: h(msg('roster.column.department')), value: (e) => e.department ?? '' },
    { header: h(msg('roster.column.permitNo')), value: (e) => e.permitNo ?? '' },
    { header: h(msg('roster.export.expiresOn')), value: (e) => e.expiresOn ?? '' },
    {
      header: h(msg('roster.export.state')),
      value: (e) => (e.lifecycle ? STATE_TEXT[e.lifecycle.state]! : msg('roster.export.noPermit'))[lang],
    },
    { header: h(msg('roster.export.nextDeadline')), value: (e) => e.lifecycle?.nextDeadline?.date ?? '' },
    { header: h(msg('roster.export.daysLeft')), value: (e) => (e.lifecycle?.daysLeft ?? '').toString() },
  ];
  const base = `roster-${asOf}`;
  if (query.format === 'csv')
    return { filename: `${base}.csv`, type: 'text/csv; charset=utf-8', body: toCsv(entries, columns) };
  // exceljs (~25 MB resident) loads with the first spreadsheet written, not with the server (issue 20).
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(msg('roster.export.sheet')[lang]);
  ws.columns = columns.map((c) => ({ header: c.header, width: 20 }));
  ws.getRow(1).font = { bold: true };
  // Every cell is written as a string and neutralised as in the CSV, so no cell is ever a formula.
  for (const e of entries) ws.addRow(columns.map((c) => formulaSafe(c.value(e))));
  return {
    filename: `${base}.xlsx`,
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: Buffer.from(await wb.xlsx.writeBuffer()),
  };
}

// ---- bulk renewals ----

/**
 * `POST /api/v1/roster/renewals`: one R-1 renewal draft per selected person,
 * through the applications service (one open application per holder). The
 * Idempotency-Key is the holder and permit period, so asking again changes
 * nothing and answers "already open".
 */
export async function startRenewals(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  req: StartRenewalsRequest,
  lang: Lang,
): Promise<RenewalOutcome[]> {
  const employerId = employerOf(user);
  const asOf = today(deps);
  const ids = [...new Set(req.holderIds)];
  const rows = await rosterPage(deps.db, { employerId, ranges: [], holderIds: ids }, null, ids.length);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const results: RenewalOutcome[] = [];
  const refused = (
    holderId: string,
    name: string | null,
    ruleId: string,
    message: LocalizedText,
    fix: LocalizedText,
  ): RenewalOutcome => ({
    holderId,
    name,
    outcome: 'refused',
    applicationId: null,
    applicationNumber: null,
    ruleId,
    message: message[lang],
    fix: fix[lang],
  });
  for (const holderId of ids) {
    const r = byId.get(holderId);
    if (!r) {
      results.push(refused(holderId, null, 'R-4', msg('roster.notOurEmployee'), msg('roster.fix.notOurEmployee')));
      continue;
    }
    const entry = toEntry(deps.policy.set(), r, asOf);
    const l = entry.lifecycle;
    if (!l) {
      results.push(refused(holderId, r.name, 'L-1', msg('roster.noPermit'), msg('roster.fix.noPermit')));
      continue;
    }
    if (l.state === 'valid') {
      const opens = l.nextDeadline?.date ?? '';
      results.push(
        refused(
          holderId,
          r.name,
          'L-2',
          msg('roster.windowNotOpen', { opens }),
          msg('roster.fix.windowNotOpen', { opens }),
        ),
      );
      continue;
    }
    if (l.state === 'points_cleared') {
      results.push(refused(holderId, r.name, 'L-4', msg('roster.overdue60'), msg('roster.fix.overdue60')));
      continue;
    }
    if (l.state === 'permit_lapsed') {
      results.push(refused(holderId, r.name, 'L-5', msg('roster.overdue90'), msg('roster.fix.overdue90')));
      continue;
    }
    try {
      const { created, application } = await createApplication(
        deps,
        user,
        actor,
        `roster-renewal:${holderId}:${r.expires_on}`,
        { holderId, kind: 'renewal_same_employer' },
      );
      results.push({
        holderId,
        name: r.name,
        outcome: created ? 'created' : 'already_open',
        applicationId: application.id,
        applicationNumber: application.number ?? null,
        ruleId: created ? null : 'R-1',
        message: null,
        fix: null,
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.domain.code === 'APPLICATION.OPEN_EXISTS') {
        const details = (error.domain.details ?? {}) as { applicationId?: string };
        results.push({
          holderId,
          name: r.name,
          outcome: 'already_open',
          applicationId: details.applicationId || null,
          applicationNumber: null,
          ruleId: 'R-1',
          message: error.domain.message[lang],
          fix: null,
        });
      } else {
        results.push(
          refused(
            holderId,
            r.name,
            error.domain.ruleId ?? error.domain.code,
            error.domain.message,
            msg('roster.fix.other'),
          ),
        );
      }
    }
  }
  const created = results.filter((x) => x.outcome === 'created').length;
  await deps.db.tx((q) =>
    appendAudit(q, deps.clock, actor, {
      action: 'roster.renewals',
      subjectType: 'employer',
      subjectId: employerId,
      after: {
        asked: ids.length,
        created,
        alreadyOpen: results.filter((x) => x.outcome === 'already_open').length,
        refused: results.filter((x) => x.outcome === 'refused').length,
      },
    }),
  );
  return results;
}
