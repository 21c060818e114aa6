import type { Sql } from '../adapters/db/sql.ts';
import type { Clock } from '../clock.ts';
import { checkpointFileIn } from '../modules/audit/checkpoint-file.ts';
import { loadOrCreateCheckpointKey } from '../modules/audit/checkpoint-key.ts';
import { onAuditAppended } from '../modules/audit/audit.service.ts';
import { writeChainHead, writeCheckpoint, type CheckpointWrite } from '../modules/audit/checkpoints.service.ts';

/** How long after an appended entry the head is signed: one write for a burst of decisions (issue 18). */
export const HEAD_DEBOUNCE_MS = 1000;
/** The head is also checked this often, for an entry whose transaction committed after its debounce. */
const HEAD_SWEEP_MS = 15_000;

export interface CheckpointRunnerOptions {
  db: Sql;
  clock: Clock;
  /** The configured database's name in the checkpoints (checkpointDatabaseId). */
  databaseId: string;
  keyFile: string;
  dir: string;
  everyMinutes: number;
  log: (level: 'info' | 'error', msg: string, extra?: Record<string, unknown>) => void;
}

export interface CheckpointRunner {
  /** Signs the head now (also used by the schedule and at shutdown). */
  writeNow(): Promise<CheckpointWrite | undefined>;
  /** Signs the chain head into the head file now (also a second after each appended entry). */
  writeHeadNow(): Promise<CheckpointWrite | undefined>;
  /** Signs the head a second from now (one write for a burst; another instance's entries too, issue 21). */
  headSoon(): void;
  /** Stops the schedule and writes a last checkpoint (not when `final` is false: another instance leads now). */
  stop(final?: boolean): Promise<void>;
  keyCreated: boolean;
}

/**
 * Writes a signed checkpoint of the audit chain head at start, every
 * `everyMinutes`, and at shutdown (docs/adr/0010), and signs the head into
 * the head file a second after entries are appended (issue 18), so deleting
 * the newest entries shows within seconds, not an hour. A failure is logged,
 * never fatal: the server keeps serving, and `jifen audit verify` reports
 * how much the checkpoints cover.
 */
export function startAuditCheckpoints(o: CheckpointRunnerOptions): CheckpointRunner {
  const signer = loadOrCreateCheckpointKey(o.keyFile);
  const file = checkpointFileIn(o.dir);
  let running: Promise<CheckpointWrite | undefined> = Promise.resolve(undefined);
  // One at a time (checkpoint and head alike): two writers would sign the same head twice.
  const serially = (what: 'checkpoint' | 'head', write: () => Promise<CheckpointWrite>) => {
    running = running.then(async () => {
      try {
        const result = await write();
        if (result.written && what === 'checkpoint')
          o.log('info', 'audit checkpoint written', { headId: result.checkpoint.headId, file });
        else if (!result.written && result.reason === 'tampered')
          o.log('error', 'audit chain does not match its checkpoints; not signing it', {
            problem: result.problem,
            file,
          });
        return result;
      } catch (error) {
        o.log('error', `audit ${what} failed`, { error: error instanceof Error ? error.message : String(error), file });
        return undefined;
      }
    });
    return running;
  };
  const writeNow = () => serially('checkpoint', () => writeCheckpoint(o.db, o.clock, signer, file, o.databaseId));
  const writeHeadNow = () => serially('head', () => writeChainHead(o.db, o.clock, signer, file, o.databaseId));
  let headTimer: NodeJS.Timeout | undefined;
  const headSoon = () => {
    headTimer ??= setTimeout(() => {
      headTimer = undefined;
      void writeHeadNow();
    }, HEAD_DEBOUNCE_MS);
  };
  const unsubscribe = onAuditAppended(headSoon);
  void writeNow();
  const timer = setInterval(() => void writeNow(), o.everyMinutes * 60_000);
  timer.unref();
  const sweep = setInterval(() => void writeHeadNow(), HEAD_SWEEP_MS);
  sweep.unref();
  return {
    writeNow,
    writeHeadNow,
    headSoon,
    keyCreated: signer.created,
    async stop(final = true) {
      clearInterval(timer);
      clearInterval(sweep);
      unsubscribe();
      if (headTimer) clearTimeout(headTimer);
      if (!final) return;
      await writeHeadNow();
      await writeNow();
    },
  };
}
