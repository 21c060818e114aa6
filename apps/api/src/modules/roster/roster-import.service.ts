/**
 * The employer's roster import (issue #13): the whole file is read and
 * checked first, then stored row by row in the background (one transaction
 * per good row) while the progress is polled.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { RosterImport } from '@jifen/contracts';
import type { LocalizedText } from '@jifen/domain';
import type { AuthUser, Actor } from '../../access.ts';
import type { ModuleDeps } from '../../deps.ts';
import type { FastifyBaseLogger } from 'fastify';
import { AppError, denied, fail } from '../../errors.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { msg } from '@jifen/messages';
import { tableOf, type UploadedFile } from '../holder-data/records.service.ts';
import { createHolder } from '../holders/holders.service.ts';
import { requestTransfer } from '../transfers/transfer-request.service.ts';
import { bothInOneCell, readRosterRows, ROSTER_LIMITS, type ParsedRosterRow } from './roster-file.ts';
import {
  failStaleImports,
  findHolderForImport,
  findImport,
  findRunningImport,
  finishImport,
  insertImport,
  updateImportProgress,
  type ImportCounts,
  type ImportRow,
} from './roster.repository.ts';
import { insertPermit, setDepartment } from '../holders/holder-records.ts';
import { employerOf, NO_PERMIT, today, type Lang } from './roster.service.ts';

const STALE_MS = 120_000;
/**
 * Rows are stored in slices of at most SLICE_MS of work; between slices the
 * import records its progress and yields (issue 18), so a 50,000-row import
 * shares the event loop and, on the embedded database (one connection, run
 * on this thread), the database with every other request. On PGlite it also
 * pauses, so it takes at most about two thirds of the time.
 */
const SLICE_MS = 50;
/**
 * Row problems kept in the report: the first ones show what to fix; all of
 * 50,000 made every poll of the progress a 7 MB reply that held the event
 * loop for seconds. `rejected` still counts every rejected row.
 */
export const MAX_REPORTED_ERRORS = 1000;
const PAUSE_MS: Record<'pglite' | 'postgres', number> = { pglite: 25, postgres: 0 };

const STOPPED = msg('roster.importInterrupted');
const isStale = (r: Pick<ImportRow, 'status' | 'heartbeat_at'>, now: Date) =>
  r.status === 'running' && now.getTime() - new Date(r.heartbeat_at).getTime() > STALE_MS;

function importView(r: ImportRow, lang: Lang, now: Date): RosterImport {
  // An import whose worker stopped (a restart) is reported failed; uploading the file again finishes it.
  const stale = isStale(r, now);
  const failure = stale ? STOPPED : r.failure;
  return {
    id: r.id,
    fileName: r.file_name,
    status: stale ? 'failed' : r.status,
    totalRows: r.total_rows,
    processedRows: r.processed_rows,
    created: r.created_count,
    updated: r.updated_count,
    unchanged: r.unchanged_count,
    rejected: r.rejected_count,
    transferRequested: r.transfer_requested_count,
    errors: r.errors,
    failure: failure ? failure[lang] : null,
    createdAt: new Date(r.created_at).toISOString(),
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
  };
}

type RowOutcome =
  | { kind: 'created' | 'updated' | 'unchanged' | 'transferRequested' }
  | { kind: 'rejected'; column: string; message: LocalizedText };

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === '23505';

/**
 * One valid row in its own transaction: nothing is stored for a row that
 * fails. A holder registered by someone else at the same moment (a unique
 * resident ID) is read again, once, as an existing holder.
 */
async function importRow(
  deps: ModuleDeps,
  actor: Actor,
  employerId: string,
  row: ParsedRosterRow,
): Promise<RowOutcome> {
  try {
    return await storeRow(deps, actor, employerId, row);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return storeRow(deps, actor, employerId, row);
  }
}

async function storeRow(deps: ModuleDeps, actor: Actor, employerId: string, row: ParsedRosterRow): Promise<RowOutcome> {
  const d = row.data!;
  return deps.db.tx(async (q) => {
    const existing = await findHolderForImport(q, deps.pii.lookupHash('holder.resident_id', d.residentId));
    if (!existing) {
      const id = await createHolder(q, deps, {
        name: d.name,
        residentId: d.residentId,
        mobile: d.mobile,
        employerId,
        ...(d.permit ? { permit: d.permit } : {}),
      });
      if (d.department) await setDepartment(q, id, d.department);
      return { kind: 'created' };
    }
    // Issue 17 / issue 18 item 10: an ID held elsewhere becomes a transfer request awaiting the holder's consent; the report names no one.
    if (existing.employer_id !== employerId) {
      const asked = await requestTransfer(q, deps, actor, {
        holderId: existing.id,
        toEmployerId: employerId,
        requestedName: d.name,
        requestedBy: actor.id,
      });
      // Past the employer's daily cap the row is refused (and audited), the same for every ID: it names no one.
      if (!asked.ok)
        return {
          kind: 'rejected',
          column: bothInOneCell(msg('roster.importColumn.residentId')),
          message: asked.error.domain.message,
        };
      return { kind: 'transferRequested' };
    }
    if (existing.name !== d.name) {
      return {
        kind: 'rejected',
        column: bothInOneCell(msg('roster.column.name')),
        message: msg('roster.cell.nameDiffers'),
      };
    }
    let changed = false;
    if (d.department !== null && d.department !== existing.department) {
      await setDepartment(q, existing.id, d.department);
      changed = true;
    }
    // A later permit period is added (L-7 renews the permit); the same or an older one changes nothing.
    if (d.permit && (existing.expires_on === NO_PERMIT || d.permit.expiresOn > existing.expires_on)) {
      await insertPermit(
        q,
        { id: randomUUID(), holderId: existing.id, ...d.permit, createdAt: deps.clock.now() },
        true,
      );
      changed = true;
    }
    return { kind: changed ? 'updated' : 'unchanged' };
  });
}

async function runImport(
  deps: ModuleDeps,
  log: FastifyBaseLogger,
  actor: Actor,
  employerId: string,
  importId: string,
  rows: ParsedRosterRow[],
): Promise<void> {
  const counts: ImportCounts = {
    processed: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    transferRequested: 0,
  };
  const errors: { row: number; column: string; zh: string; en: string }[] = [];
  const report = (e: (typeof errors)[number]) => {
    if (errors.length < MAX_REPORTED_ERRORS) errors.push(e);
  };
  try {
    let sliceStart = performance.now();
    for (const row of rows) {
      if (!row.data) {
        counts.rejected++;
        for (const e of row.errors) report({ row: row.row, column: e.column, zh: e.message.zh, en: e.message.en });
      } else {
        const outcome = await importRow(deps, actor, employerId, row);
        if (outcome.kind === 'rejected') {
          counts.rejected++;
          report({ row: row.row, column: outcome.column, zh: outcome.message.zh, en: outcome.message.en });
        } else counts[outcome.kind]++;
      }
      counts.processed++;
      if (performance.now() - sliceStart >= SLICE_MS) {
        // The counts and the heartbeat only: the row report is written once, at the end (rewriting it every slice grew with the square of the rows).
        await updateImportProgress(deps.db, importId, counts, null, deps.clock.now());
        await new Promise((resolve) => setTimeout(resolve, PAUSE_MS[deps.db.kind]));
        sliceStart = performance.now();
      }
    }
    await deps.db.tx(async (q) => {
      await updateImportProgress(q, importId, counts, errors, deps.clock.now());
      await finishImport(q, importId, 'done', deps.clock.now());
      await appendAudit(q, deps.clock, actor, {
        action: 'roster.import',
        subjectType: 'employer',
        subjectId: employerId,
        after: {
          importId,
          rows: counts.processed,
          created: counts.created,
          updated: counts.updated,
          unchanged: counts.unchanged,
          rejected: counts.rejected,
          transferRequested: counts.transferRequested,
        },
      });
    });
  } catch (error) {
    log.error({ err: error, importId, employerId, processed: counts.processed }, 'roster import failed');
    const message = error instanceof AppError ? error.domain.message : msg('roster.importStopped');
    await updateImportProgress(deps.db, importId, counts, errors, deps.clock.now()).catch(() => undefined);
    await finishImport(deps.db, importId, 'failed', deps.clock.now(), message).catch(() => undefined);
  }
}

/**
 * `POST /api/v1/roster/imports`: reads and checks the whole file first (a
 * file-level problem refuses it at once), then stores row by row in the
 * background while `GET /imports/:id` reports progress.
 */
export async function startImport(
  deps: ModuleDeps,
  log: FastifyBaseLogger,
  user: AuthUser,
  actor: Actor,
  file: UploadedFile,
  lang: Lang,
): Promise<RosterImport> {
  const employerId = employerOf(user);
  const sha256 = createHash('sha256').update(file.data).digest('hex');
  await refuseWhileRunning(deps, employerId, sha256);
  const { table } = await tableOf(file, employerId, ROSTER_LIMITS);
  const rows = await readRosterRows(table, today(deps));
  const id = randomUUID();
  const at = deps.clock.now();
  const started = await deps.db.tx(async (q) => {
    // An import whose worker stopped (a restart) no longer holds the employer's one running import.
    await failStaleImports(q, employerId, new Date(at.getTime() - STALE_MS), at, STOPPED);
    return insertImport(q, {
      id,
      employerId,
      createdBy: user.id,
      fileName: file.filename.slice(0, 200),
      sha256,
      totalRows: rows.length,
      at,
    });
  });
  if (!started) await refuseWhileRunning(deps, employerId, sha256, true);
  setImmediate(() => void runImport(deps, log, actor, employerId, id, rows));
  return importView((await findImport(deps.db, id))!, lang, deps.clock.now());
}

/**
 * One running import per employer (issue 18, item 11; the partial unique
 * index roster_imports_one_running): two imports of the same rows at once
 * raced for the same holders, and the second failed after one row. A second
 * upload is refused, saying which import runs and that the file can be
 * uploaded again once it is done.
 */
async function refuseWhileRunning(deps: ModuleDeps, employerId: string, sha256: string, raced = false): Promise<void> {
  const running = await findRunningImport(deps.db, employerId);
  if (!running || isStale(running, deps.clock.now())) {
    if (!raced) return;
    throw fail('ROSTER_IMPORT.ALREADY_RUNNING', msg('roster.importStarting'));
  }
  const progress = `${running.processed_rows}/${running.total_rows}`;
  throw sameFile(running, sha256)
    ? fail(
        'ROSTER_IMPORT.ALREADY_RUNNING',
        msg('roster.sameFileRunning', { fileName: running.file_name, progress }),
        [],
        { details: { importId: running.id } },
      )
    : fail(
        'ROSTER_IMPORT.ALREADY_RUNNING',
        msg('roster.importRunning', { fileName: running.file_name, progress }),
        [],
        { details: { importId: running.id } },
      );
}

const sameFile = (r: { file_sha256: string }, sha256: string) => r.file_sha256 === sha256;

export async function getImport(deps: ModuleDeps, user: AuthUser, id: string, lang: Lang): Promise<RosterImport> {
  const employerId = employerOf(user);
  const row = await findImport(deps.db, id);
  if (!row || row.employer_id !== employerId) throw denied.notFound(msg('nouns.rosterImport'));
  return importView(row, lang, deps.clock.now());
}
