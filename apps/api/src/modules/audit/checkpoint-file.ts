import { sign, verify, type KeyObject } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { canonicalJson } from './canonical.ts';
import { keyIdOf } from './checkpoint-key.ts';

/**
 * The checkpoint file: one signed JSON line per checkpoint of the audit
 * chain head, only ever appended to (opened with O_APPEND, synced after
 * each line). It lives outside the database (docs/adr/0010).
 */
export interface Checkpoint {
  v: 1;
  /** The database the chain lives in, from the configuration (checkpointDatabaseId): one file may serve several. */
  db: string;
  /** The chain head when signed: entries 1..headId are covered. */
  headId: number;
  headHash: string;
  at: string;
  keyId: string;
  /** Ed25519 signature (base64) of the canonical JSON of the fields above. */
  sig: string;
}

export const CHECKPOINT_FILE_NAME = 'audit-checkpoints.jsonl';
export const checkpointFileIn = (dir: string) => path.join(dir, CHECKPOINT_FILE_NAME);

/**
 * Names the configured database without credentials: host, port and name of
 * a PostgreSQL URL, or the PGlite folder. It comes from the configuration,
 * which a database superuser cannot change, so rewriting the chain's first
 * entry cannot make the checkpoints look like another database's.
 */
export function checkpointDatabaseId(databaseUrl: string | undefined, pgliteDir: string): string {
  if (!databaseUrl) return `pglite:${path.resolve(pgliteDir)}`;
  const u = new URL(databaseUrl);
  return `postgres://${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

export const signedBytes = (c: Omit<Checkpoint, 'sig'>) =>
  Buffer.from(canonicalJson({ v: c.v, db: c.db, headId: c.headId, headHash: c.headHash, at: c.at, keyId: c.keyId }));

export function signCheckpoint(fields: Omit<Checkpoint, 'sig' | 'v'>, privateKey: KeyObject): Checkpoint {
  const unsigned = { v: 1 as const, ...fields };
  return { ...unsigned, sig: sign(null, signedBytes(unsigned), privateKey).toString('base64') };
}

export function appendCheckpoint(file: string, checkpoint: Checkpoint): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o750 });
  const fd = openSync(file, 'a', 0o640);
  try {
    writeSync(fd, `${JSON.stringify(checkpoint)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export interface CheckpointRead {
  /** This database's checkpoints whose signature verifies, in file order. */
  valid: Checkpoint[];
  /** Verified checkpoints of other databases sharing the file (ignored). */
  otherDatabases: number;
  /** Lines signed by another key (before a key rotation): not checked, not counted as coverage. */
  otherKeys: number;
  /** Lines that do not parse or verify, and order breaks: each is evidence of tampering with the file. */
  problems: string[];
}

function parseLine(line: string): Checkpoint | undefined {
  try {
    const c = JSON.parse(line) as Partial<Checkpoint>;
    const shaped =
      c.v === 1 &&
      typeof c.db === 'string' &&
      Number.isSafeInteger(c.headId) &&
      typeof c.headHash === 'string' &&
      typeof c.at === 'string' &&
      typeof c.keyId === 'string' &&
      typeof c.sig === 'string';
    return shaped ? (c as Checkpoint) : undefined;
  } catch {
    return undefined;
  }
}

export function readCheckpoints(file: string, publicKey: KeyObject, db: string): CheckpointRead {
  const out: CheckpointRead = { valid: [], otherDatabases: 0, otherKeys: 0, problems: [] };
  const keyId = keyIdOf(publicKey);
  if (!existsSync(file)) return out;
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const c = parseLine(line);
    if (!c) return void out.problems.push(`line ${i + 1} is not a checkpoint`);
    if (c.keyId !== keyId) return void out.otherKeys++;
    if (!verify(null, signedBytes(c), publicKey, Buffer.from(c.sig, 'base64'))) {
      return void out.problems.push(`line ${i + 1}: the signature does not verify`);
    }
    if (c.db !== db) return void out.otherDatabases++;
    const last = out.valid[out.valid.length - 1];
    if (last && c.headId < last.headId)
      out.problems.push(`line ${i + 1}: the head went back from entry ${last.headId} to ${c.headId}`);
    out.valid.push(c);
  });
  return out;
}
