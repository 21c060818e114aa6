import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../test/support/databases.ts';
import { startHarness, type Harness } from '../../test/support/harness.ts';
import type { OutgoingSms, SmsSender } from '../adapters/sms/sms-sender.ts';
import { drainOutbox, type OutboxDeps } from './outbox-worker.ts';

describe.each(DB_KINDS)('outbox worker (%s)', (kind) => {
  let h: Harness;
  let appId: string;

  beforeAll(async () => {
    h = await startHarness(kind);
    const holder = await h.db.one<{ id: string; employer_id: string }>("SELECT id, employer_id FROM holders WHERE name = '李明'");
    const hr = await h.db.one<{ id: string }>("SELECT id FROM users WHERE username = 'hr.acme'");
    appId = randomUUID();
    await h.db.query(
      `INSERT INTO applications (id, holder_id, employer_id, kind, state, created_by, created_at, updated_at, idempotency_key)
       VALUES ($1, $2, $3, 'first_application', 'under_review', $4, now(), now(), $5)`,
      [appId, holder.id, holder.employer_id, hr.id, `w-${appId}`],
    );
  });
  afterAll(async () => h?.close());

  async function pendingSms(n: number, createdAt = h.clock.now()): Promise<string[]> {
    const eventId = randomUUID();
    const seq = Number((await h.db.one<{ n: string }>('SELECT count(*) AS n FROM application_events')).n) + 100;
    await h.db.query(
      "INSERT INTO application_events (id, application_id, seq, to_state, action, role, at) VALUES ($1, $2, $3, 'approved', 'approve', 'reviewer', now())",
      [eventId, appId, seq],
    );
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const id = randomUUID();
      ids.push(id);
      await h.db.query(
        `INSERT INTO outbox (id, application_id, event_id, intent_index, channel, recipient_mobile_enc, template, params, text_zh, text_en, created_at)
         VALUES ($1, $2, $3, $4, 'sms', $5, 'approved', '{}', '【积分】测试', '[Jifen] test', $6)`,
        [id, appId, eventId, i, h.pii.encrypt('outbox.mobile', '13812345678'), createdAt],
      );
    }
    return ids;
  }

  const deps = (sender: SmsSender, delayMs = 0): OutboxDeps => ({ db: h.db, clock: h.clock, pii: h.pii, sender, delayMs, maxAttempts: 2 });

  it('delivers each due message once even with three workers racing, and holds back young ones', async () => {
    const sent: OutgoingSms[] = [];
    const sender: SmsSender = { name: 'memory', send: async (m) => void sent.push(m) };
    const due = await pendingSms(5, new Date(h.clock.now().getTime() - 60_000));
    const young = await pendingSms(1);
    const counts = await Promise.all([drainOutbox(deps(sender, 30_000)), drainOutbox(deps(sender, 30_000)), drainOutbox(deps(sender, 30_000))]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(sent.map((m) => m.id).sort()).toEqual([...due].sort());
    expect(sent[0]!.mobile).toBe('13812345678');
    const y = await h.db.one<{ status: string }>('SELECT status FROM outbox WHERE id = $1', [young[0]]);
    expect(y.status).toBe('pending');
    await drainOutbox(deps(sender));
    expect(sent.map((m) => m.id)).toContain(young[0]);
  });

  it('retries a failing provider and gives up after the last attempt', async () => {
    const [id] = await pendingSms(1);
    const failing: SmsSender = { name: 'down', send: async () => { throw new Error('gateway down'); } };
    await drainOutbox(deps(failing), 1);
    expect(await h.db.one('SELECT status, attempts, last_error FROM outbox WHERE id = $1', [id])).toEqual({ status: 'pending', attempts: 1, last_error: 'gateway down' });
    await drainOutbox(deps(failing), 1);
    expect((await h.db.one<{ status: string }>('SELECT status FROM outbox WHERE id = $1', [id])).status).toBe('failed');
  });
});
