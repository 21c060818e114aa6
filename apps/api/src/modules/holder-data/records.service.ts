import type { ImportReport, PutRecordsRequest, RecordsView } from '@jifen/contracts';
import type { SiMonthRecord } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import type { Sql } from '../../adapters/db/sql.ts';
import type { ModuleDeps } from '../../deps.ts';
import { fail } from '../../errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { msg } from '@jifen/messages';
import { findVisibleHolder } from '../holders/holders.service.ts';
import { readRecordMonths, RECORDS_FIELD } from './holder-data.service.ts';
import { findRecords, saveRecords } from './holder-data.repository.ts';
import { readRecordRows } from './records-file.ts';
import { readTableInWorker } from './spreadsheet/read-in-worker.ts';
import { SPREADSHEET_LIMITS, type SpreadsheetLimits } from './spreadsheet/limits.ts';

type Lang = 'zh' | 'en';

const toView = (
  holderId: string,
  r: { months: SiMonthRecord[]; version: number; updatedAt: Date | null },
): RecordsView => ({
  holderId,
  months: r.months,
  version: r.version,
  updatedAt: r.updatedAt ? r.updatedAt.toISOString() : null,
});

/** `GET /holders/:id/records`: the full SI/tax months; the read is audited (PI-1). */
export async function getRecords(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  holderId: string,
): Promise<RecordsView> {
  await findVisibleHolder(deps, user, holderId);
  return deps.db.tx(async (q) => {
    const r = await readRecordMonths(q, deps.pii, holderId);
    await appendAudit(q, deps.clock, actor, {
      action: 'records.read',
      subjectType: 'holder',
      subjectId: holderId,
      after: { months: r.months.length },
    });
    return toView(holderId, r);
  });
}

async function store(
  q: Sql,
  deps: ModuleDeps,
  actor: Actor,
  holderId: string,
  months: SiMonthRecord[],
  action: 'records.update' | 'records.import',
): Promise<number> {
  const sorted = [...months].sort((a, b) => a.month.localeCompare(b.month));
  const version = await saveRecords(q, {
    holderId,
    recordsEnc: deps.pii.encrypt(RECORDS_FIELD, JSON.stringify(sorted)),
    monthsCount: sorted.length,
    firstMonth: sorted[0]?.month ?? null,
    lastMonth: sorted[sorted.length - 1]?.month ?? null,
    by: actor.id,
    at: deps.clock.now(),
  });
  await appendAudit(q, deps.clock, actor, {
    action,
    subjectType: 'holder',
    subjectId: holderId,
    after: { months: sorted.length, version },
  });
  return version;
}

/** `PUT /holders/:id/records` (HR): replaces the whole set; `expectedVersion`, when given, guards against a lost update. */
export async function putRecords(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  holderId: string,
  req: PutRecordsRequest,
): Promise<RecordsView> {
  await findVisibleHolder(deps, user, holderId);
  return deps.db.tx(async (q) => {
    const current = await findRecords(q, holderId, true);
    const version = current?.version ?? 0;
    if (req.expectedVersion !== undefined && req.expectedVersion !== version) {
      throw fail('RECORDS.CONFLICT', msg('holderData.recordsChanged', { version }));
    }
    await store(q, deps, actor, holderId, req.months, 'records.update');
    return toView(holderId, await readRecordMonths(q, deps.pii, holderId));
  });
}

export interface UploadedFile {
  filename: string;
  data: Buffer;
}

/**
 * CSV or XLSX, told apart by the zip signature of .xlsx (PK) and the file
 * name. Both are hostile until read within the sheet limits (issues 11,
 * 18): each is read in a worker thread, in the turn of its `owner` (the
 * uploader's employer, or the uploader).
 */
export async function tableOf(
  file: UploadedFile,
  owner: string,
  limits: SpreadsheetLimits = SPREADSHEET_LIMITS,
): Promise<{ format: 'csv' | 'xlsx'; table: string[][] }> {
  const isZip = file.data.length > 3 && file.data[0] === 0x50 && file.data[1] === 0x4b;
  if (isZip || /\.xlsx$/i.test(file.filename))
    return { format: 'xlsx', table: await readTableInWorker(file.data, 'xlsx', owner, limits) };
  // A CSV is read like an .xlsx (issue 18): streaming and bounded, in a worker, in the owner's turn.
  if (/\.(csv|txt)$/i.test(file.filename) || !/\.[a-z0-9]+$/i.test(file.filename)) {
    return { format: 'csv', table: await readTableInWorker(file.data, 'csv', owner, limits) };
  }
  throw fail('VALIDATION.IMPORT_FILE', msg('holderData.fileType'));
}

/**
 * `POST /holders/:id/records/import`: a row-by-row report. Imported months
 * replace the stored months of the same month; other stored months stay.
 * 'all-or-nothing' (default) writes nothing when any row fails;
 * 'valid-only' writes the rows that passed.
 */
export async function importRecords(
  deps: ModuleDeps,
  user: AuthUser,
  actor: Actor,
  holderId: string,
  file: UploadedFile,
  mode: ImportReport['mode'],
  lang: Lang,
): Promise<ImportReport> {
  await findVisibleHolder(deps, user, holderId);
  const { format, table } = await tableOf(file, user.employer?.id ?? user.id);
  const parsed = readRecordRows(table);
  const good = parsed.flatMap((p) => (p.record ? [p.record] : []));
  const rejected = parsed.length - good.length;
  const write = good.length > 0 && (rejected === 0 || mode === 'valid-only');
  const version = await deps.db.tx(async (q) => {
    const current = await readRecordMonths(q, deps.pii, holderId);
    if (!write) return current.version;
    await findRecords(q, holderId, true);
    const byMonth = new Map(current.months.map((m) => [m.month, m]));
    for (const m of good) byMonth.set(m.month, m);
    return store(q, deps, actor, holderId, [...byMonth.values()], 'records.import');
  });
  return {
    mode,
    format,
    accepted: write ? good.length : 0,
    rejected,
    written: write,
    rows: parsed.map((p) => ({
      row: p.row,
      month: p.month,
      ok: p.errors.length === 0,
      errors: p.errors.map((e) => ({ column: e.column, message: e.message[lang] })),
    })),
    version,
  };
}
