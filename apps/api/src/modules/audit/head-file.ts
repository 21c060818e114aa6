import { verify, type KeyObject } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { signedBytes, type Checkpoint } from './checkpoint-file.ts';
import { keyIdOf } from './checkpoint-key.ts';

/**
 * The signed chain head (issue 18, item 4): the newest audit entry, signed a
 * second or so after each appended entry and kept beside the checkpoint file.
 * The hourly checkpoints leave up to an hour of entries resting on the chain
 * alone, so deleting the newest entries went unseen; the head file moves that
 * window to seconds. It is one line in the checkpoint format, replaced whole
 * (written to a temporary file, synced, renamed): the append-only checkpoint
 * file stays small and is still the history (docs/adr/0010).
 */
export const HEAD_FILE_NAME = 'audit-head.json';
/** The head file beside a checkpoint file. */
export const headFileOf = (checkpointFile: string) => path.join(path.dirname(checkpointFile), HEAD_FILE_NAME);

export function writeHeadFile(file: string, head: Checkpoint): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o750 });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o640);
  try {
    writeSync(fd, `${JSON.stringify(head)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

export interface HeadRead {
  /** The signed head of this database, when the file holds one that verifies. */
  head?: Checkpoint;
  /** The file was altered or forged (not a checkpoint, a signature that does not verify). */
  problem?: string;
}

export function readHeadFile(file: string, publicKey: KeyObject, db: string): HeadRead {
  if (!existsSync(file)) return {};
  let c: Checkpoint;
  try {
    c = JSON.parse(readFileSync(file, 'utf8')) as Checkpoint;
  } catch {
    return { problem: `${HEAD_FILE_NAME} is not a signed head` };
  }
  if (c?.v !== 1 || typeof c.sig !== 'string' || !Number.isSafeInteger(c.headId) || typeof c.headHash !== 'string') {
    return { problem: `${HEAD_FILE_NAME} is not a signed head` };
  }
  // Another key (before a rotation) or another database: nothing to check here.
  if (c.keyId !== keyIdOf(publicKey) || c.db !== db) return {};
  if (!verify(null, signedBytes(c), publicKey, Buffer.from(c.sig, 'base64')))
    return { problem: `${HEAD_FILE_NAME}: the signature does not verify` };
  return { head: c };
}
