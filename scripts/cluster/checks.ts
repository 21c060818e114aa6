// `npm run cluster -- --test`, item 3 of issue 21: the instances behind nginx act as one.
import { Browser } from './browser.ts';
import type { Topology } from './topology.ts';
import { waitFor } from './topology.ts';

export interface Result {
  name: string;
  held: boolean;
  figures: string;
}

const direct = (t: Topology, i: number) => `http://127.0.0.1:${t.instances[i]!.port}`;
export const leaderLockHolder = (t: Topology, port = t.primary.port) =>
  t.psql(
    port,
    `SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND ((l.classid::bigint << 32) | l.objid::bigint) = 7234919004211`,
  );

/** An anonymous question with SMS consent: one thread and its verification SMS, written in one transaction. */
export async function ask(
  base: string,
  n: number,
): Promise<{ status: number; reference?: string; code?: string; ms: number; retryAfter: string | null }> {
  const b = new Browser(base);
  try {
    // The token's request is the first write-path step: an outage there is the answer too.
    const token = await b.token();
    if (token.status !== 200) {
      const code = (token.json as { error?: { code?: string } }).error?.code;
      return {
        status: token.status,
        ms: token.ms,
        retryAfter: token.headers.get('retry-after'),
        ...(code ? { code } : {}),
      };
    }
    const mobile = `139${String(10_000_000 + (n % 89_999_999)).padStart(8, '0')}`;
    const r = await b.post('/api/v1/consult/threads', {
      question: `集群测试问题 ${n}：居住证积分续办需要哪些材料？`,
      mobile,
      notifySms: true,
      consent: true,
    });
    const reference = (r.json as { reference?: string }).reference;
    const code = (r.json as { error?: { code?: string } }).error?.code;
    return {
      ...(code ? { code } : {}),
      status: r.status,
      ms: r.ms,
      retryAfter: r.headers.get('retry-after'),
      ...(reference ? { reference } : {}),
    };
  } catch {
    return { status: 0, ms: 0, retryAfter: null };
  }
}

export async function checkInstances(
  t: Topology,
  sms: { received: () => { outId: string | undefined }[] },
): Promise<Result[]> {
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

  await run('sign-in limit shared by the three instances (20 a minute per address and name)', async () => {
    const b = new Browser(t.url);
    await b.token();
    const codes: number[] = [];
    for (let i = 0; i < 24; i++)
      codes.push(
        (await b.post('/api/v1/auth/login', { username: 'nobody.cluster', password: 'Wrong-password-1' })).status,
      );
    const first429 = codes.indexOf(429);
    return {
      held: first429 === 20 && codes.slice(20).every((c) => c === 429),
      figures: `first refusal at attempt ${first429 + 1} of 24 spread over 3 instances`,
    };
  });

  await run('a revoked session is refused on every instance at once', async () => {
    const hr = await new Browser(t.url).signIn('hr.acme');
    for (let i = 0; i < 3; i++) for (let k = 0; k < 2; k++) await hr.at(direct(t, i)).get('/api/v1/auth/me');
    const admin = await new Browser(t.url).signIn('admin');
    const id = t.psql(t.primary.port, "SELECT id FROM users WHERE username = 'hr.acme'");
    const revoked = await admin.post(`/api/v1/users/${id}/sessions/revoke`);
    const ms = await Promise.all(
      [0, 1, 2].map((i) =>
        waitFor(
          `instance ${i + 1}`,
          5000,
          async () => (await hr.at(direct(t, i)).get('/api/v1/auth/me')).status === 401,
        ),
      ),
    );
    const worst = Math.max(...ms);
    return {
      held: revoked.status === 200 && worst < 1000,
      figures: `refused on all 3 within ${worst} ms of the revocation (was up to 5 s)`,
    };
  });

  await run('a publication is in force on every instance at once', async () => {
    const before = await Promise.all(
      [0, 1, 2].map(
        async (i) => (await new Browser(direct(t, i)).get('/api/v1/policy/data')).json as { revision: string },
      ),
    );
    const drafter = await new Browser(t.url).signIn('admin');
    const publisher = await new Browser(t.url).signIn('admin2');
    const year = 2030 + Math.floor(Math.random() * 50);
    const draft = await drafter.post('/api/v1/admin/policy/wages', {
      year,
      monthlyAverage: 15000,
      source: 'jifen cluster check figure, not an official announcement',
      reason: 'cluster check',
    });
    const id = (draft.json as { document?: { id: string } }).document?.id;
    if (!id)
      return { held: false, figures: `draft refused: ${draft.status} ${JSON.stringify(draft.json).slice(0, 200)}` };
    const published = await publisher.post(`/api/v1/admin/policy/documents/${id}/publish`);
    const ms = await Promise.all(
      [0, 1, 2].map((i) =>
        waitFor(`instance ${i + 1}`, 5000, async () => {
          const now = (await new Browser(direct(t, i)).get('/api/v1/policy/data')).json as { revision: string };
          return now.revision !== before[i]!.revision;
        }),
      ),
    );
    return {
      held: published.status === 200 && Math.max(...ms) < 1000,
      figures: `in force on all 3 within ${Math.max(...ms)} ms of the publication (was up to 60 s)`,
    };
  });

  await run('one leader runs the scheduled work; another takes over when it is killed', async () => {
    const holders = leaderLockHolder(t).split('\n').filter(Boolean);
    if (holders.length !== 1) return { held: false, figures: `leaders: ${holders.length}` };
    const i = Number(holders[0]!.replace('jifen-api-', '')) - 1;
    const start = Date.now();
    t.killInstance(i);
    let next = '';
    const ms = await waitFor('a new leader', 15_000, async () => {
      next = leaderLockHolder(t);
      return next !== '' && next !== holders[0] && !next.includes('\n');
    });
    await t.startInstance(i);
    const after = leaderLockHolder(t).split('\n').filter(Boolean);
    return {
      held: after.length === 1 && ms < 5000,
      figures: `${holders[0]} killed (-9); ${next} led ${ms} ms later (${Date.now() - start} ms with its restart); leaders after: ${after.length}`,
    };
  });

  await run('the outbox sends each message once (3 instances draining)', async () => {
    const before = sms.received().length;
    const answers = await Promise.all(Array.from({ length: 30 }, (_, n) => ask(t.url, 5000 + n)));
    const refs = answers.flatMap((a) => (a.reference ? [a.reference] : []));
    if (refs.length === 0)
      return { held: false, figures: `no question accepted: ${answers.map((a) => a.status).join(',')}` };
    const list = refs.map((r) => `'${r}'`).join(',');
    await waitFor(
      'all delivered',
      30_000,
      async () =>
        t.psql(
          t.primary.port,
          `SELECT count(*) FROM outbox o JOIN consultation_threads c ON c.id = o.consultation_thread_id WHERE c.reference IN (${list}) AND o.status <> 'delivered'`,
        ) === '0',
    );
    const ids = t
      .psql(
        t.primary.port,
        `SELECT o.id FROM outbox o JOIN consultation_threads c ON c.id = o.consultation_thread_id WHERE c.reference IN (${list})`,
      )
      .split('\n');
    const got = sms
      .received()
      .slice(before)
      .map((r) => r.outId);
    const once = ids.every((id) => got.filter((g) => g === id).length === 1);
    return {
      held: refs.length === 30 && once && got.length === ids.length,
      figures: `${ids.length} messages, ${got.length} sends, each once: ${once}`,
    };
  });

  await run('lists read the replica; a write is read back at once (read-your-writes)', async () => {
    const c = await new Browser(t.url).signIn('consultant');
    const replicaReads = () =>
      Number(t.psql(t.replica.port, "SELECT xact_commit FROM pg_stat_database WHERE datname = 'jifen'"));
    const r0 = replicaReads();
    let misses = 0;
    for (let n = 0; n < 20; n++) {
      const slug = `cluster-check-${Date.now()}-${n}`;
      const w = await c.post('/api/v1/consult/saved-replies', {
        slug,
        title: { zh: `集群检查 ${n}`, en: `Cluster check ${n}` },
        body: { zh: '集群读写一致性检查。', en: 'A read-your-writes check.' },
      });
      if (w.status !== 201) throw new Error(`saved reply: ${w.status} ${JSON.stringify(w.json).slice(0, 200)}`);
      const list = (await c.get('/api/v1/consult/saved-replies')).json as { replies: { slug: string }[] };
      if (!list.replies.some((r) => r.slug === slug)) misses++;
    }
    // Another consultant who wrote nothing reads the replica.
    const other = await new Browser(t.url).signIn('consultant');
    for (let n = 0; n < 20; n++) await other.get('/api/v1/consult/saved-replies');
    const lag = t.psql(
      t.replica.port,
      'SELECT coalesce(round(extract(epoch FROM now() - pg_last_xact_replay_timestamp()) * 1000), 0)',
    );
    const served = replicaReads() - r0;
    return {
      held: misses === 0 && served > 0,
      figures: `20 writes read back: ${20 - misses} seen at once; replica transactions during the reads: ${served}; replay lag now ${lag} ms`,
    };
  });
  return results;
}
