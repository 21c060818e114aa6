import type { KeyObject } from 'node:crypto';
import type { Sql } from '../../adapters/db/sql.ts';
import type { Clock } from '../../clock.ts';
import { verifyAuditChain } from './audit.service.ts';
import { appendCheckpoint, readCheckpoints, signCheckpoint, type Checkpoint } from './checkpoint-file.ts';
import type { CheckpointSigner } from './checkpoint-key.ts';
import { chainHead, hashesOf } from './checkpoint.repository.ts';
import { headFileOf, readHeadFile, writeHeadFile } from './head-file.ts';

/**
 * Signed checkpoints of the audit chain head (docs/adr/0010). The chain
 * alone shows an edited or deleted entry in the middle; a checkpoint, signed
 * with a key the database does not hold and kept where the database cannot
 * write, also shows the newest entries cut off or the whole chain rewritten
 * with recomputed hashes.
 */
export type CheckpointWrite =
  | { written: true; checkpoint: Checkpoint }
  | { written: false; reason: 'empty' | 'unchanged' }
  | { written: false; reason: 'tampered'; problem: string };

/**
 * Signs the current head and appends it, after checking that the chain still
 * holds the last checkpoint's head and links from it to the new one: a
 * tampered chain is never signed (that would bless the tampering).
 */
export async function writeCheckpoint(
  db: Sql,
  clock: Clock,
  signer: CheckpointSigner,
  file: string,
  dbId: string,
): Promise<CheckpointWrite> {
  const head = await chainHead(db);
  if (!head) return { written: false, reason: 'empty' };
  const read = readCheckpoints(file, signer.publicKey, dbId);
  if (read.problems.length > 0)
    return { written: false, reason: 'tampered', problem: `checkpoint file: ${read.problems.join('; ')}` };
  const last = read.valid[read.valid.length - 1];
  const refused = await refuseToSign(db, last, head);
  if (refused) return refused;
  const checkpoint = signCheckpoint(
    { db: dbId, headId: head.id, headHash: head.hash, at: clock.now().toISOString(), keyId: signer.keyId },
    signer.privateKey,
  );
  appendCheckpoint(file, checkpoint);
  return { written: true, checkpoint };
}

/**
 * Signs the current head into the head file beside `file` (issue 18), after
 * the same checks as a checkpoint: the head signed last (the head file's, or
 * else the latest checkpoint's) must still be in the chain with its hash, and
 * the chain must link from it to the new head.
 */
export async function writeChainHead(
  db: Sql,
  clock: Clock,
  signer: CheckpointSigner,
  file: string,
  dbId: string,
): Promise<CheckpointWrite> {
  const head = await chainHead(db);
  if (!head) return { written: false, reason: 'empty' };
  const headFile = headFileOf(file);
  const read = readHeadFile(headFile, signer.publicKey, dbId);
  if (read.problem) return { written: false, reason: 'tampered', problem: read.problem };
  const last = read.head ?? readCheckpoints(file, signer.publicKey, dbId).valid.at(-1);
  const refused = await refuseToSign(db, last, head);
  if (refused) return refused;
  const signed = signCheckpoint(
    { db: dbId, headId: head.id, headHash: head.hash, at: clock.now().toISOString(), keyId: signer.keyId },
    signer.privateKey,
  );
  writeHeadFile(headFile, signed);
  return { written: true, checkpoint: signed };
}

/**
 * Why the head must not be signed, or null: unchanged since the head signed last, that head no longer in the chain
 * with its hash, or the chain not linking from it to the new head (a checkpoint and the head file alike).
 */
async function refuseToSign(
  db: Sql,
  last: Checkpoint | undefined,
  head: { id: number; hash: string },
): Promise<CheckpointWrite | null> {
  if (last && last.headId === head.id && last.headHash === head.hash) return { written: false, reason: 'unchanged' };
  if (last) {
    const stored = (await hashesOf(db, [last.headId])).get(last.headId);
    if (stored !== last.headHash)
      return { written: false, reason: 'tampered', problem: mismatch(last, stored, head.id) };
  }
  const chain = await verifyAuditChain(db, 1000, last ? { id: last.headId, hash: last.headHash } : undefined);
  if (!chain.ok)
    return { written: false, reason: 'tampered', problem: `entry ${chain.firstBadEntryId}: ${chain.problem ?? ''}` };
  return null;
}

function mismatch(c: Checkpoint, stored: string | undefined, chainEnd: number): string {
  return stored === undefined
    ? `entry ${c.headId}, signed in the checkpoint of ${c.at}, is gone: the chain now ends at entry ${chainEnd} (newest entries removed)`
    : `entry ${c.headId} no longer has the hash signed in the checkpoint of ${c.at}: the chain up to it was rewritten`;
}

export interface CheckpointCoverage {
  file: string;
  /** The database the checkpoints were matched on. */
  database: string;
  /** Checkpoints whose signature verified. */
  checkpoints: number;
  latest: { headId: number; at: string; keyId: string } | null;
  /** Entries 1..covered are pinned by the latest checkpoint (0 when there is none or it does not match). */
  covered: number;
  /** Entries after the latest checkpoint: protected by the chain alone until the next one. */
  uncovered: number;
  problems: string[];
}

export interface CheckedChain {
  ok: boolean;
  checked: number;
  firstBadEntryId?: string;
  problem?: string;
  checkpoint: CheckpointCoverage;
}

/** The chain check, then every signed checkpoint against the stored hashes. */
export async function verifyWithCheckpoints(
  db: Sql,
  file: string,
  publicKey: KeyObject | undefined,
  dbId: string,
): Promise<CheckedChain> {
  const chain = await verifyAuditChain(db);
  const chainEnd = (await chainHead(db))?.id ?? 0;
  const read = publicKey ? readCheckpoints(file, publicKey, dbId) : { valid: [], problems: [] };
  // The signed head (issue 18) is checked like the newest checkpoint: entries deleted after it are a truncation too.
  const head = publicKey ? readHeadFile(headFileOf(file), publicKey, dbId) : {};
  const problems = [...read.problems, ...(head.problem ? [head.problem] : [])];
  const signed =
    head.head && (read.valid.at(-1)?.headId ?? 0) <= head.head.headId ? [...read.valid, head.head] : read.valid;
  const stored = await hashesOf(db, [...new Set(signed.map((c) => c.headId))]);
  for (const c of signed) {
    const hash = stored.get(c.headId);
    if (hash !== c.headHash) problems.push(mismatch(c, hash, chainEnd));
  }
  const latest = signed[signed.length - 1];
  const latestHolds = latest !== undefined && stored.get(latest.headId) === latest.headHash && chain.ok;
  const covered = latestHolds ? latest.headId : 0;
  const coverage: CheckpointCoverage = {
    file,
    database: dbId,
    checkpoints: signed.length,
    latest: latest ? { headId: latest.headId, at: latest.at, keyId: latest.keyId } : null,
    covered,
    uncovered: Math.max(0, chainEnd - covered),
    problems,
  };
  const ok = chain.ok && problems.length === 0;
  return {
    ok,
    checked: chain.checked,
    ...(chain.firstBadEntryId === undefined ? {} : { firstBadEntryId: chain.firstBadEntryId }),
    ...(chain.ok ? (problems.length > 0 ? { problem: problems[0] } : {}) : { problem: chain.problem }),
    checkpoint: coverage,
  };
}
