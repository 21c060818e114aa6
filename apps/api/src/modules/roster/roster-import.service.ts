/**
 * The employer's roster import (issue #13): the whole file is read and
 * checked first, then stored row by row in the background (one transaction
 * per good row) while the progress is polled.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { RosterImport } from '@jifen/contracts';
import type { LocalizedText } from '@jifen/domain';
import type { AuthUser } from '../../access.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError, denied, text } from '../../errors.ts';
import { appendAudit, type Actor } from '../audit/audit.service.ts';
import { tableOf, type UploadedFile } from '../holder-data/records.service.ts';
import { createHolder } from '../holders/holders.service.ts';
import { requestTransfer } from '../transfers/transfers.service.ts';
import { readRosterRows, ROSTER_LIMITS, type ParsedRosterRow } from './roster-file.ts';
import { findHolderForImport, findImport, finishImport, insertImport, insertPermitRow, setDepartment, updateImportProgress, type ImportCounts, type ImportRow } from './roster.repository.ts';
import { employerOf, NO_PERMIT, today, type Lang } from './roster.service.ts';

const STALE_MS = 120_000;
const PROGRESS_EVERY = 100;

function importView(r: ImportRow, lang: Lang, now: Date): RosterImport {
  // An import whose worker stopped (a restart) is reported failed; uploading the file again finishes it.
  const stale = r.status === 'running' && now.getTime() - new Date(r.heartbeat_at).getTime() > STALE_MS;
  const failure = stale
    ? text('服务器重启，导入中断；请重新上传同一文件（已导入的行不会重复）', 'The server restarted and the import stopped; upload the same file again (rows already imported are not repeated)')
    : r.failure;
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

type RowOutcome = { kind: 'created' | 'updated' | 'unchanged' | 'transferRequested' } | { kind: 'rejected'; column: string; message: LocalizedText };

/** One valid row in its own transaction: nothing is stored for a row that fails. */
async function importRow(deps: ModuleDeps, actor: Actor, employerId: string, row: ParsedRosterRow): Promise<RowOutcome> {
  const d = row.data!;
  return deps.db.tx(async (q) => {
    const existing = await findHolderForImport(q, deps.pii.lookupHash('holder.resident_id', d.residentId));
    if (!existing) {
      const id = await createHolder(q, deps, { name: d.name, residentId: d.residentId, mobile: d.mobile, employerId, ...(d.permit ? { permit: d.permit } : {}) });
      if (d.department) await setDepartment(q, id, d.department);
      return { kind: 'created' };
    }
    // Issue 17 / issue 18 item 10: an ID held elsewhere becomes a transfer request awaiting the holder's consent; the report names no one.
    if (existing.employer_id !== employerId) {
      await requestTransfer(q, deps, actor, { holderId: existing.id, toEmployerId: employerId, requestedName: d.name, requestedBy: actor.id });
      return { kind: 'transferRequested' };
    }
    if (existing.name !== d.name) {
      return {
        kind: 'rejected',
        column: '姓名 name',
        message: text('姓名与该身份证号码已登记的姓名不一致，请核对', 'The name differs from the one registered with this resident ID; check it'),
      };
    }
    let changed = false;
    if (d.department !== null && d.department !== existing.department) {
      await setDepartment(q, existing.id, d.department);
      changed = true;
    }
    // A later permit period is added (L-7 renews the permit); the same or an older one changes nothing.
    if (d.permit && (existing.expires_on === NO_PERMIT || d.permit.expiresOn > existing.expires_on)) {
      await insertPermitRow(q, { id: randomUUID(), holderId: existing.id, ...d.permit, createdAt: deps.clock.now() });
      changed = true;
    }
    return { kind: changed ? 'updated' : 'unchanged' };
  });
}

async function runImport(deps: ModuleDeps, actor: Actor, employerId: string, importId: string, rows: ParsedRosterRow[]): Promise<void> {
  const counts: ImportCounts = { processed: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, transferRequested: 0 };
  const errors: { row: number; column: string; zh: string; en: string }[] = [];
  try {
    for (const row of rows) {
      if (!row.data) {
        counts.rejected++;
        for (const e of row.errors) errors.push({ row: row.row, column: e.column, zh: e.message.zh, en: e.message.en });
      } else {
        const outcome = await importRow(deps, actor, employerId, row);
        if (outcome.kind === 'rejected') {
          counts.rejected++;
          errors.push({ row: row.row, column: outcome.column, zh: outcome.message.zh, en: outcome.message.en });
        } else counts[outcome.kind]++;
      }
      counts.processed++;
      if (counts.processed % PROGRESS_EVERY === 0) await updateImportProgress(deps.db, importId, counts, errors, deps.clock.now());
    }
    await deps.db.tx(async (q) => {
      await updateImportProgress(q, importId, counts, errors, deps.clock.now());
      await finishImport(q, importId, 'done', deps.clock.now());
      await appendAudit(q, deps.clock, actor, {
        action: 'roster.import',
        subjectType: 'employer',
        subjectId: employerId,
        after: { importId, rows: counts.processed, created: counts.created, updated: counts.updated, unchanged: counts.unchanged, rejected: counts.rejected, transferRequested: counts.transferRequested },
      });
    });
  } catch (error) {
    const message = error instanceof AppError ? error.domain.message : text('导入中断，请重新上传同一文件（已导入的行不会重复）', 'The import stopped; upload the same file again (rows already imported are not repeated)');
    await updateImportProgress(deps.db, importId, counts, errors, deps.clock.now()).catch(() => undefined);
    await finishImport(deps.db, importId, 'failed', deps.clock.now(), message).catch(() => undefined);
  }
}

/**
 * `POST /api/v1/roster/imports`: reads and checks the whole file first (a
 * file-level problem refuses it at once), then stores row by row in the
 * background while `GET /imports/:id` reports progress.
 */
export async function startImport(deps: ModuleDeps, user: AuthUser, actor: Actor, file: UploadedFile, lang: Lang): Promise<RosterImport> {
  const employerId = employerOf(user);
  const { table } = await tableOf(file, ROSTER_LIMITS);
  const rows = readRosterRows(table, today(deps));
  const id = randomUUID();
  await insertImport(deps.db, {
    id,
    employerId,
    createdBy: user.id,
    fileName: file.filename.slice(0, 200),
    sha256: createHash('sha256').update(file.data).digest('hex'),
    totalRows: rows.length,
    at: deps.clock.now(),
  });
  setImmediate(() => void runImport(deps, actor, employerId, id, rows));
  return importView((await findImport(deps.db, id))!, lang, deps.clock.now());
}

export async function getImport(deps: ModuleDeps, user: AuthUser, id: string, lang: Lang): Promise<RosterImport> {
  const employerId = employerOf(user);
  const row = await findImport(deps.db, id);
  if (!row || row.employer_id !== employerId) throw denied.notFound(text('导入记录', 'roster import'));
  return importView(row, lang, deps.clock.now());
}

