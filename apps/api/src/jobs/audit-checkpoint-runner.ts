import type { Sql } from '../adapters/db/sql.ts';
import type { Clock } from '../clock.ts';
import { checkpointFileIn } from '../modules/audit/checkpoint-file.ts';
import { loadOrCreateCheckpointKey } from '../modules/audit/checkpoint-key.ts';
import { writeCheckpoint, type CheckpointWrite } from '../modules/audit/checkpoints.service.ts';

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
  /** Stops the schedule and writes a last checkpoint. */
  stop(): Promise<void>;
  keyCreated: boolean;
}

/**
 * Writes a signed checkpoint of the audit chain head at start, every
 * `everyMinutes`, and at shutdown (docs/adr/0010). A failure is logged,
 * never fatal: the server keeps serving, and `jifen audit verify` reports
 * how much the checkpoints cover.
 */
export function startAuditCheckpoints(o: CheckpointRunnerOptions): CheckpointRunner {
  const signer = loadOrCreateCheckpointKey(o.keyFile);
  const file = checkpointFileIn(o.dir);
  let running: Promise<CheckpointWrite | undefined> = Promise.resolve(undefined);
  const writeNow = () => {
    // One at a time: two writers would append the same head twice.
    running = running.then(async () => {
      try {
        const result = await writeCheckpoint(o.db, o.clock, signer, file, o.databaseId);
        if (result.written) o.log('info', 'audit checkpoint written', { headId: result.checkpoint.headId, file });
        else if (result.reason === 'tampered') o.log('error', 'audit chain does not match its checkpoints; not signing it', { problem: result.problem, file });
        return result;
      } catch (error) {
        o.log('error', 'audit checkpoint failed', { error: error instanceof Error ? error.message : String(error), file });
        return undefined;
      }
    });
    return running;
  };
  void writeNow();
  const timer = setInterval(() => void writeNow(), o.everyMinutes * 60_000);
  timer.unref();
  return {
    writeNow,
    keyCreated: signer.created,
    async stop() {
      clearInterval(timer);
      await writeNow();
    },
  };
}
