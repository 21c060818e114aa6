// `npm run cluster -- --test`, item 5 of issue 21: faults on the running topology, each with its figures.
import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ask, leaderLockHolder, type Result } from './checks.ts';
import { waitFor, REPO, type Topology } from './topology.ts';

export type SmsMode = 'ok' | 'slow' | 'fail';
interface Sms {
  received(): { outId: string | undefined }[];
  setMode(mode: SmsMode): void;
}

type Asked = Awaited<ReturnType<typeof ask>> & { at: number };

/** Questions asked by `workers` callers in a loop until `stop` resolves. */
async function load(t: Topology, workers: number, stop: Promise<unknown>, seed: number): Promise<Asked[]> {
  const out: Asked[] = [];
  let done = false;
  void stop.then(() => (done = true));
  let n = seed;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!done) out.push({ ...(await ask(t.url, n++)), at: Date.now() });
    }),
  );
  return out;
}

/** "503 SERVICE.DATABASE_UNAVAILABLE x38": each kind of refusal once, with its count. */
function tally(refused: Asked[]): string {
  const counts = new Map<string, number>();
  for (const r of refused) {
    const k = `${r.status}${r.code ? ` ${r.code}` : ''}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${k} x${n}`).join(', ') || 'none';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every 201 has its thread and its SMS row (written in one transaction): nothing lost, nothing half-written. */
function lostOrHalf(t: Topology, port: number, asked: Asked[]): { lost: number; half: number } {
  const refs = asked.flatMap((a) => (a.status === 201 && a.reference ? [a.reference] : []));
  if (refs.length === 0) return { lost: 0, half: 0 };
  const list = refs.map((r) => `'${r}'`).join(',');
  const found = Number(t.psql(port, `SELECT count(*) FROM consultation_threads WHERE reference IN (${list})`));
  const half = Number(
    t.psql(
      port,
      `SELECT count(*) FROM consultation_threads c WHERE c.notify_sms AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.consultation_thread_id = c.id)`,
    ),
  );
  return { lost: refs.length - found, half };
}

function auditVerify(t: Topology, url: string): string {
  try {
    const out = execFileSync('node', ['apps/api/bin/jifen.mjs', 'audit', 'verify'], {
      cwd: REPO,
      env: {
        ...process.env,
        DATABASE_URL: url,
        AUDIT_CHECKPOINT_DIR: path.join(t.dir, 'shared/audit'),
        AUDIT_CHECKPOINT_KEY_FILE: path.join(t.dir, 'shared/audit-checkpoint.key'),
      },
      encoding: 'utf8',
    });
    return out.split('\n').find((l) => /intact|完好|broken|损坏/i.test(l)) ?? out.split('\n')[0] ?? '';
  } catch (error) {
    return `FAILED: ${String((error as { stdout?: string }).stdout ?? error).slice(0, 200)}`;
  }
}

export async function checkFaults(t: Topology, sms: Sms): Promise<Result[]> {
  const results: Result[] = [];
  const run = async (name: string, f: () => Promise<Omit<Result, 'name'>>) => {
    try {
      results.push({ name, ...(await f()) });
    } catch (error) {
      results.push({ name, held: false, figures: `error: ${error instanceof Error ? error.message : String(error)}` });
    }
    const r = results.at(-1)!;
    process.stdout.write(`cluster: ${r.held ? 'held' : 'NOT held'}: ${name}: ${r.figures}\n`);
  };

  await run('kill -9 one instance under load: only requests in flight fail, nothing lost', async () => {
    const victim = Number((leaderLockHolder(t) || 'jifen-api-2').replace('jifen-api-', '')) % 3; // a follower
    const asked = load(t, 6, sleep(6000), 100_000);
    await sleep(2000);
    t.killInstance(victim);
    const all = await asked;
    await t.startInstance(victim);
    const failed = all.filter((a) => a.status !== 201);
    const { lost, half } = lostOrHalf(t, t.primary.port, all);
    return {
      held: failed.length <= 6 && lost === 0 && half === 0,
      figures: `${all.length} questions in 6 s by 6 callers, instance ${victim + 1} killed at 2 s: ${failed.length} failed (statuses ${[...new Set(failed.map((f) => f.status))].join(',') || '-'}; at most 6 were in flight), ${lost} lost, ${half} half-written`,
    };
  });

  await run(
    'PostgreSQL restarted mid-load: fast 503 with Retry-After, back within seconds, nothing half-written',
    async () => {
      const asked = load(t, 4, sleep(12_000), 200_000);
      await sleep(2000);
      const down = Date.now();
      // Not blocking: the callers keep asking while PostgreSQL goes down and comes back.
      await t.pgCtlAsync('primary', 'restart', '-m', 'fast', '-w', '-t', '60');
      const up = Date.now();
      const all = await asked;
      const refused = all.filter((a) => a.at >= down && a.status !== 201);
      const with503 = refused.filter((a) => a.status === 503 && a.retryAfter);
      const slowest = Math.max(0, ...refused.map((a) => a.ms));
      const firstOk = all.find((a) => a.at > up && a.status === 201);
      const { lost, half } = lostOrHalf(t, t.primary.port, all);
      const recovered = firstOk ? firstOk.at - up : Number.POSITIVE_INFINITY;
      return {
        held: refused.length === with503.length && slowest < 2000 && recovered < 10_000 && lost === 0 && half === 0,
        figures: `restart took ${up - down} ms; ${refused.length} refused, ${with503.length} of them 503 with Retry-After, slowest refusal ${Math.round(slowest)} ms (${tally(refused)}); first success ${recovered} ms after PostgreSQL was back; ${all.length} asked, ${lost} lost, ${half} half-written`,
      };
    },
  );

  await run('a failing, then slow SMS provider: the outbox backs off, nothing lost or sent twice', async () => {
    const before = sms.received().length;
    sms.setMode('fail');
    const asked = await Promise.all(Array.from({ length: 10 }, (_, n) => ask(t.url, 300_000 + n)));
    await sleep(3000);
    sms.setMode('slow');
    const refs = asked.flatMap((a) => (a.reference ? [a.reference] : []));
    const list = refs.map((r) => `'${r}'`).join(',');
    const start = Date.now();
    await waitFor(
      'delivered after the faults',
      90_000,
      async () =>
        t.psql(
          t.primary.port,
          `SELECT count(*) FROM outbox o JOIN consultation_threads c ON c.id = o.consultation_thread_id WHERE c.reference IN (${list}) AND o.status <> 'delivered'`,
        ) === '0',
    );
    sms.setMode('ok');
    const rows = t
      .psql(
        t.primary.port,
        `SELECT o.id || ' ' || o.attempts FROM outbox o JOIN consultation_threads c ON c.id = o.consultation_thread_id WHERE c.reference IN (${list})`,
      )
      .split('\n');
    const got = sms
      .received()
      .slice(before)
      .map((r) => r.outId);
    const once = rows.every((r) => got.filter((g) => g === r.split(' ')[0]).length === 1);
    const retried = rows.filter((r) => Number(r.split(' ')[1]) > 1).length;
    return {
      held: refs.length === 10 && rows.length === 10 && once && retried > 0,
      figures: `10 messages while the provider failed for 3 s then answered in 1.5 s: ${retried} retried with backoff, all delivered ${Date.now() - start} ms after the failures ended, each sent once: ${once}`,
    };
  });

  let promotedPort: number | undefined;
  await run('the replica promoted after the primary is lost (runbook docs/runbook-failover.md)', async () => {
    const lost = Date.now();
    await t.pgCtlAsync('primary', 'stop', '-m', 'immediate', '-w');
    await t.pgCtlAsync('replica', 'promote', '-w', '-t', '60');
    const promoted = Date.now();
    await waitFor('writable', 30_000, async () => t.psql(t.replica.port, 'SELECT pg_is_in_recovery()') === 'f');
    const writable = Date.now();
    // The runbook's next step: point the instances at the new primary (no replica until one is rebuilt).
    for (const i of [0, 1, 2]) t.killInstance(i, 'SIGTERM');
    await sleep(500);
    await Promise.all(
      [0, 1, 2].map((i) => t.startInstance(i, { DATABASE_URL: t.replicaUrl, DATABASE_REPLICA_URL: undefined })),
    );
    const first = await waitFor(
      'a question answered again',
      60_000,
      async () => (await ask(t.url, 400_000)).status === 201,
    );
    promotedPort = t.replica.port;
    const verify = auditVerify(t, t.replicaUrl);
    return {
      held: /intact|完好/i.test(verify),
      figures: `promote ${promoted - lost} ms, writable ${writable - lost} ms, service back through nginx ${Date.now() - lost} ms after the primary was lost (instances restarted; first success after ${first} ms of trying); audit verify: ${verify}`,
    };
  });

  await run('the data disk full: writes refused clearly, reads go on, nothing corrupted', async () => {
    const port = promotedPort ?? t.primary.port;
    const url = promotedPort ? t.replicaUrl : t.primaryUrl;
    const tiny = path.join(t.dir, 'tiny');
    mkdirSync(tiny, { recursive: true });
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m,mode=0700', 'tmpfs', tiny], { stdio: 'pipe' });
    } catch (error) {
      return {
        held: false,
        figures: `cannot simulate here: mounting a small tmpfs failed (${String(error).slice(0, 120)})`,
      };
    }
    chownSync(
      tiny,
      Number(execFileSync('id', ['-u', 'postgres']).toString()),
      Number(execFileSync('id', ['-g', 'postgres']).toString()),
    );
    t.psql(port, `CREATE TABLESPACE tiny LOCATION '${tiny}'`);
    t.psql(port, 'ALTER TABLE consultation_threads SET TABLESPACE tiny');
    t.psql(port, 'CREATE TABLE disk_filler (x text) TABLESPACE tiny');
    try {
      for (;;)
        t.psql(port, 'INSERT INTO disk_filler SELECT repeat(md5(random()::text), 30) FROM generate_series(1, 2000)');
    } catch {
      // Full: the filler stops where the disk does.
    }
    const threads = Number(t.psql(port, 'SELECT count(*) FROM consultation_threads'));
    // The table's last pages may still hold a few rows: ask until the disk refuses one.
    let accepted = 0;
    let full = await ask(t.url, 500_000);
    while (full.status === 201 && accepted < 200) {
      accepted++;
      full = await ask(t.url, 500_000 + accepted);
    }
    const reads = (await fetch(`${t.url}/api/v1/policy/data`)).status;
    t.psql(port, 'DROP TABLE disk_filler');
    const after = await ask(t.url, 600_000);
    const still = Number(t.psql(port, 'SELECT count(*) FROM consultation_threads'));
    const verify = auditVerify(t, url);
    const expected = threads + accepted + (after.status === 201 ? 1 : 0);
    return {
      held:
        full.status === 503 &&
        full.code === 'SERVICE.STORAGE_FULL' &&
        !!full.retryAfter &&
        reads === 200 &&
        after.status === 201 &&
        still === expected &&
        /intact|完好/i.test(verify),
      figures: `disk full after ${accepted} more questions: the next got ${full.status} ${full.code ?? ''} (Retry-After ${full.retryAfter ?? '-'}) in ${Math.round(full.ms)} ms, reads ${reads}; space freed: the next question ${after.status}; threads ${threads} -> ${still} (expected ${expected}); audit verify: ${verify}`,
    };
  });
  return results;
}
