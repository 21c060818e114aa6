import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../test/support/databases.ts';
import { startHarness, type Harness } from '../../test/support/harness.ts';
import type { OutgoingSms, SmsSender } from '../adapters/sms/sms-sender.ts';
import { drainOutbox } from './outbox-worker.ts';

/**
 * Issue 20 (migration 025): a reminder SMS names the holder instead of
 * carrying a copy of their encrypted number; the worker reads the number
 * when it sends. So a number changed after the sweep is the one used, and a
 * holder without a number fails for good with a reason an administrator sees.
 */
describe.each(DB_KINDS)('SMS that name a holder (%s)', (kind) => {
  let h: Harness;
  let holderId: string;
  const sent: OutgoingSms[] = [];
  const sender: SmsSender = { name: 'memory', send: async (m) => void sent.push(m) };
  const deps = () => ({ db: h.db, clock: h.clock, pii: h.pii, sender, delayMs: 0, maxAttempts: 2 });

  beforeAll(async () => {
    h = await startHarness(kind);
    holderId = (await h.db.one<{ id: string }>("SELECT id FROM holders WHERE name = '李明'")).id;
  });
  afterAll(async () => h?.close());

  async function queued(): Promise<string> {
    const id = randomUUID();
    await h.db.execute(
      `INSERT INTO outbox (id, intent_index, channel, rule_id, recipient_holder_id, recipient_mobile_masked, template, params, text_zh, text_en, created_at)
       VALUES ($1, 0, 'sms', 'L-2', $2, '139****0000', 'reminder_window_opens', '{"kind":"window_opens"}', '【积分提醒】测试', '[Jifen] test', $3)`,
      [id, holderId, new Date(h.clock.now().getTime() - 1000)],
    );
    return id;
  }

  it("goes to the holder's number as it is when sent, also when it changed after the message was queued", async () => {
    const first = await queued();
    await h.db.execute('UPDATE holders SET mobile_enc = $2 WHERE id = $1', [
      holderId,
      h.pii.encrypt('holder.mobile', '13711112222'),
    ]);
    expect(await drainOutbox(deps())).toBeGreaterThanOrEqual(1);
    const mine = sent.find((m) => m.id === first);
    expect(mine?.mobile).toBe('13711112222');
    const row = await h.db.one<{ status: string; recipient_mobile_enc: string | null }>(
      'SELECT status, recipient_mobile_enc FROM outbox WHERE id = $1',
      [first],
    );
    expect(row).toEqual({ status: 'delivered', recipient_mobile_enc: null });
  });

  it('a holder without a number: failed at once with NO_MOBILE, nothing sent', async () => {
    const id = await queued();
    await h.db.execute('UPDATE holders SET mobile_enc = NULL WHERE id = $1', [holderId]);
    await drainOutbox(deps());
    expect(sent.some((m) => m.id === id)).toBe(false);
    const row = await h.db.one<{ status: string; failure_code: string; last_error: string }>(
      'SELECT status, failure_code, last_error FROM outbox WHERE id = $1',
      [id],
    );
    expect(row.status).toBe('failed');
    expect(row.failure_code).toBe('NO_MOBILE');
    expect(row.last_error).toContain('持证人没有手机号码');
    expect(row.last_error).toContain('the holder has no mobile number');
  });
});
