import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../test/support/databases.ts';
import { startHarness, type Harness } from '../../test/support/harness.ts';
import type { OutgoingSms, SmsSender } from '../adapters/sms/sms-sender.ts';
import { createAliyunSmsSender } from '../adapters/sms/aliyun-sms-sender.ts';
import { Client } from '../../test/support/client.ts';
import { startFakeAliyunSms, type FakeAliyunSms } from '../../test/support/fake-aliyun-sms.ts';
import { drainOutbox, retryDelayMs, type OutboxDeps } from './outbox-worker.ts';

describe('SMS retry delay: exponential backoff with jitter, capped', () => {
  const policy = (r: number) => ({ baseMs: 30_000, maxMs: 3_600_000, random: () => r });
  it.each([
    [1, 0, 15_000],
    [1, 0.999999, 30_000],
    [2, 0, 30_000],
    [3, 0.5, 90_000],
    [6, 1, 960_000],
    [20, 0, 1_800_000],
    [20, 1, 3_600_000],
  ])('attempt %i, random %f: %i ms', (attempt, r, ms) => {
    expect(retryDelayMs(attempt, policy(r))).toBe(Math.round(ms));
  });
});

describe.each(DB_KINDS)('outbox worker (%s)', (kind) => {
  let h: Harness;
  let appId: string;

  beforeAll(async () => {
    h = await startHarness(kind);
    const holder = await h.db.one<{ id: string; employer_id: string }>(
      "SELECT id, employer_id FROM holders WHERE name = '李明'",
    );
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
         VALUES ($1, $2, $3, $4, 'sms', $5, 'approved', '{"applicationNo":"JF-2026-000001","extra":"x"}', '【积分】测试', '[Jifen] test', $6)`,
        [id, appId, eventId, i, h.pii.encrypt('outbox.mobile', '13812345678'), createdAt],
      );
    }
    return ids;
  }

  const deps = (sender: SmsSender, delayMs = 0, baseMs = 0): OutboxDeps => ({
    db: h.db,
    clock: h.clock,
    pii: h.pii,
    sender,
    delayMs,
    maxAttempts: 2,
    retry: { baseMs, maxMs: 3_600_000, random: () => 0.5 },
  });

  it('delivers each due message once even with three workers racing, and holds back young ones', async () => {
    const sent: OutgoingSms[] = [];
    const sender: SmsSender = { name: 'memory', send: async (m) => void sent.push(m) };
    const due = await pendingSms(5, new Date(h.clock.now().getTime() - 60_000));
    const young = await pendingSms(1);
    const counts = await Promise.all([
      drainOutbox(deps(sender, 30_000)),
      drainOutbox(deps(sender, 30_000)),
      drainOutbox(deps(sender, 30_000)),
    ]);
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
    const failing: SmsSender = {
      name: 'down',
      send: async () => {
        throw new Error('gateway down');
      },
    };
    await drainOutbox(deps(failing), 1);
    expect(await h.db.one('SELECT status, attempts, last_error FROM outbox WHERE id = $1', [id])).toEqual({
      status: 'pending',
      attempts: 1,
      last_error: 'gateway down',
    });
    await drainOutbox(deps(failing), 1);
    expect((await h.db.one<{ status: string }>('SELECT status FROM outbox WHERE id = $1', [id])).status).toBe('failed');
  });

  // Not about PostgreSQL behaviour: PGlite only (the suite budget), and not listed as skipped on PostgreSQL.
  if (kind === 'pglite') {
    it('through the Aliyun SDK: throttled comes back after its backoff; a bad number fails at once, is listed for the administrator with its reason and can be resent', async () => {
      const fake: FakeAliyunSms = await startFakeAliyunSms({ accessKeyId: 'id', accessKeySecret: 'secret' });
      try {
        const sender = createAliyunSmsSender({
          accessKeyId: 'id',
          accessKeySecret: 'secret',
          signName: '上海积分',
          endpoint: fake.endpoint,
          protocol: 'http',
          templates: { approved: 'SMS_465000001' },
          timeoutMs: 3000,
        });
        // Deliver whatever earlier tests left first, so each drain below sees only this test's rows.
        await drainOutbox(deps({ name: 'memory', send: async () => undefined }));
        const [throttled] = await pendingSms(1);
        fake.queue.push('throttled');
        expect(await drainOutbox(deps(sender, 0, 30_000))).toBe(0);
        const waiting = await h.db.one<{ status: string; failure_code: string; next_attempt_at: Date }>(
          'SELECT status, failure_code, next_attempt_at FROM outbox WHERE id = $1',
          [throttled],
        );
        // Attempt 1, base 30 s, jitter 0.5: 22.5 s from now.
        expect(waiting).toMatchObject({ status: 'pending', failure_code: 'isv.BUSINESS_LIMIT_CONTROL' });
        expect(waiting.next_attempt_at.getTime() - h.clock.now().getTime()).toBe(22_500);
        expect(await drainOutbox(deps(sender, 0, 30_000))).toBe(0);
        h.clock.advanceMinutes(1);
        expect(await drainOutbox(deps(sender, 0, 30_000))).toBe(1);
        // Only the template's own parameters go to the provider.
        expect(fake.received.at(-1)).toMatchObject({
          templateCode: 'SMS_465000001',
          templateParam: { applicationNo: 'JF-2026-000001' },
          outId: throttled,
          signatureOk: true,
        });

        const [bad] = await pendingSms(1);
        fake.queue.push('bad_number');
        await drainOutbox(deps(sender, 0, 30_000));
        expect(await h.db.one('SELECT status, attempts, failure_code FROM outbox WHERE id = $1', [bad])).toEqual({
          status: 'failed',
          attempts: 1,
          failure_code: 'isv.MOBILE_NUMBER_ILLEGAL',
        });

        const admin = await Client.signedIn(h.app, 'admin');
        const listed = (await admin.get('/api/v1/admin/sms/failed')).json().messages as {
          id: string;
          failureCode: string;
          reason: string;
          to: string;
          resendable: boolean;
        }[];
        expect(listed.find((m) => m.id === bad)).toMatchObject({
          failureCode: 'isv.MOBILE_NUMBER_ILLEGAL',
          reason: expect.stringContaining('非法手机号'),
          resendable: true,
        });
        const resent = await admin.post(`/api/v1/admin/sms/${bad}/resend`);
        expect(resent.statusCode, resent.body).toBe(200);
        expect((await admin.post(`/api/v1/admin/sms/${bad}/resend`)).json().error.code).toBe('SMS.NOT_FAILED');
        expect(await drainOutbox(deps(sender))).toBe(1);
        expect((await h.db.one<{ status: string }>('SELECT status FROM outbox WHERE id = $1', [bad])).status).toBe(
          'delivered',
        );
        const audit = await h.db.query("SELECT actor_role FROM audit_log WHERE action = 'sms.resent'");
        expect(audit).toEqual([{ actor_role: 'admin' }]);
      } finally {
        await fake.close();
      }
    });
  }
});
