import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DomainError, LocalizedText } from '@jifen/domain';
import { msg } from '@jifen/messages';
import { openDatabase } from '../adapters/db/open.ts';
import { loadConfig } from '../config.ts';
import { checkpointDatabaseId } from '../modules/audit/checkpoint-file.ts';
import { flagValue } from './args.ts';
import type { CliCommand, CliResult } from './types.ts';

/** What `jifen backup` writes beside the dump (`<file>.json`): what a restore needs to check it. */
export interface BackupManifest {
  file: string;
  bytes: number;
  sha256: string;
  startedAt: string;
  finishedAt: string;
  /** The audit checkpoints' name for the backed-up database: a restore verifies against them with AUDIT_CHECKPOINT_DATABASE_ID set to it. */
  checkpointDatabaseId: string;
  /** The audit chain head when the dump started (the dump holds at least these entries). */
  auditHeadId: number;
  pgDump: string;
  server: string;
}

const refuse = (code: string, message: LocalizedText): DomainError => ({ code, message });

/** Runs a program, resolving with its exit code and what it wrote to stderr. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e: NodeJS.ErrnoException) =>
      resolve({ code: e.code === 'ENOENT' ? 127 : 1, stderr: e.message }),
    );
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * `jifen backup [--out <file>]` (issue 21 item 6): a pg_dump of the
 * configured PostgreSQL database in the custom format (compressed, restored
 * table by table with pg_restore, one consistent snapshot), with a manifest
 * beside it. The password travels in PGPASSWORD, never on a command line
 * other users can list. The embedded database is refused: back it up by
 * stopping the server and copying DATA_DIR (docs/runbook-backup.md).
 */
export const backupCommand: CliCommand = {
  path: ['backup'],
  usage: 'jifen backup [--out <file.dump>]',
  summary: msg('cli.backup.summary'),
  valueFlags: ['out'],
  async run(args): Promise<CliResult | DomainError> {
    const loaded = loadConfig();
    if (!loaded.ok)
      return refuse(
        'CLI.CONFIG',
        msg('cli.invalidConfig', { errors: { zh: loaded.errors.join('；'), en: loaded.errors.join('; ') } }),
      );
    const { config } = loaded;
    if (!config.databaseUrl) {
      return refuse('BACKUP.EMBEDDED_DATABASE', msg('cli.backup.embeddedDatabase', { dataDir: config.dataDir }));
    }
    const url = new URL(config.databaseUrl);
    const password = decodeURIComponent(url.password);
    url.password = '';
    const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const out = path.resolve(
      flagValue(args, 'out') ?? path.join(config.dataDir, 'backups', `jifen-${url.pathname.slice(1)}-${stamp}.dump`),
    );
    mkdirSync(path.dirname(out), { recursive: true, mode: 0o700 });

    const version = await run('pg_dump', ['--version'], env);
    if (version.code !== 0) {
      return refuse('BACKUP.NO_PG_DUMP', msg('cli.backup.noPgDump'));
    }
    const db = await openDatabase({ kind: 'postgres', url: config.databaseUrl });
    let head: { id: string | null; server: string };
    try {
      head = await db.one<{ id: string | null; server: string }>(
        'SELECT (SELECT max(id) FROM audit_log)::text AS id, current_setting($1) AS server',
        ['server_version'],
      );
    } finally {
      await db.close();
    }
    const startedAt = new Date();
    const dump = await run(
      'pg_dump',
      ['--format=custom', '--no-owner', `--file=${out}`, `--dbname=${url.toString()}`],
      env,
    );
    if (dump.code !== 0) {
      return refuse(
        'BACKUP.PG_DUMP_FAILED',
        msg('cli.backup.pgDumpFailed', { exitCode: dump.code, stderr: dump.stderr.trim() }),
      );
    }
    const manifest: BackupManifest = {
      file: out,
      bytes: statSync(out).size,
      sha256: await sha256Of(out),
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      checkpointDatabaseId: checkpointDatabaseId(config.databaseUrl, config.pgliteDir),
      auditHeadId: Number(head.id ?? 0),
      pgDump: version.stderr.trim(),
      server: head.server,
    };
    writeFileSync(`${out}.json`, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    const seconds = ((Date.parse(manifest.finishedAt) - startedAt.getTime()) / 1000).toFixed(1);
    return {
      json: manifest,
      text: [
        `备份完成 / backup written: ${out} (${(manifest.bytes / 1024).toFixed(0)} KiB, ${seconds} s, sha256 ${manifest.sha256.slice(0, 16)}…)`,
        `审计链头 audit head: entry ${manifest.auditHeadId}; 清单 manifest: ${out}.json`,
        `恢复 restore: createdb <new> && pg_restore --no-owner --dbname=<new> ${out}; then AUDIT_CHECKPOINT_DATABASE_ID=${manifest.checkpointDatabaseId} jifen audit verify (docs/runbook-backup.md)`,
      ],
    };
  },
};
