// Test support for sweep.pg.test.ts: runs the sweep in its own process and
// kills itself with SIGKILL after the given number of committed batches.
import { policySet } from '@jifen/policies';
import { openDatabase } from '../../adapters/db/open.ts';
import { deriveKeys } from '../../security/keys.ts';
import { createPiiCipher } from '../../security/pii.ts';
import { revokeNotice } from '../notices/notices.service.ts';
import { runSweep } from './points-records.sweep.ts';

const url = process.env.SWEEP_DB_URL!;
const now = new Date(process.env.SWEEP_NOW!);
const killAfter = Number(process.env.SWEEP_KILL_AFTER_BATCHES);
const db = await openDatabase({ kind: 'postgres', url });
let batches = 0;
await runSweep({
  db,
  clock: { now: () => now },
  pii: createPiiCipher(deriveKeys(Buffer.from(process.env.SWEEP_KEY!, 'base64'))),
  policySet: () => policySet,
  revokeNotice,
  batchSize: 25,
  afterBatch: () => {
    batches++;
    if (batches >= killAfter) process.kill(process.pid, 'SIGKILL');
  },
});
process.stdout.write('finished without being killed\n');
await db.close();
