import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { holderIdByName } from '../../../test/support/fixtures.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import type { OutgoingSms, SmsSender } from '../../adapters/sms/sms-sender.ts';
import { drainOutbox } from '../../jobs/outbox-worker.ts';
import { act, createDraft } from '../applications/test-support.ts';

/**
 * Issue #10 item 2: a draft for a holder without an account could never be
 * confirmed. It now says what it waits for, and HR can invite the holder by
 * SMS to activate an account with a one-time link.
 */
describe.each(DB_KINDS)('holder activation by SMS (%s)', (kind) => {
  let h: Harness;
  let hr: Client;
  const sent: OutgoingSms[] = [];
  const sender: SmsSender = { name: 'memory', send: async (m) => void sent.push(m) };
  const deliver = () => drainOutbox({ db: h.db, clock: h.clock, pii: h.pii, sender, delayMs: 0 });
  const tokenIn = (m: OutgoingSms) => /\/activate#([A-Za-z0-9_-]{43})/.exec(m.text)?.[1] ?? '';

  beforeAll(async () => {
    h = await startHarness(kind);
    hr = await Client.signedIn(h.app, 'hr.acme');
  });
  afterAll(async () => h?.close());

  it('says on the draft who must act and how; invites; the holder sets a password and confirms', async () => {
    const wangFang = await holderIdByName(h.db, '王芳');
    const draft = await createDraft(hr, wangFang);
    const before = (await hr.get(`/api/v1/applications/${draft.id}`)).json().application;
    expect(before).toMatchObject({
      holderHasAccount: false,
      nextStep: { waitingFor: 'holder', ruleId: 'R-3', options: ['invite_by_sms', 'paper_confirmation'] },
    });
    expect(before.nextStep.text.zh).toContain('等待持证人确认');
    expect(before.nextStep.text.en).toContain("Waiting for the holder's confirmation");

    const invited = await hr.post(`/api/v1/applications/${draft.id}/holder-invitation`);
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json().invitation).toMatchObject({
      mobile: '139****5670',
      applicationNumber: expect.stringMatching(/^JF2026-\d{6}$/),
    });
    const after = (await hr.get(`/api/v1/applications/${draft.id}`)).json().application;
    expect(after.nextStep.text.zh).toContain('139****5670');

    // At rest: the invitation keeps only a hash, the outbox the text with a marker and the link encrypted.
    const stored = await h.db.one<{ text_zh: string; secret_enc: string | null; params: Record<string, string> }>(
      "SELECT text_zh, secret_enc, params FROM outbox WHERE template = 'activation_invite' AND application_id = $1",
      [draft.id],
    );
    expect(stored.text_zh).toContain('{activationLink}');
    expect(stored.secret_enc).not.toBeNull();
    await deliver();
    const delivered = await h.db.one<{ status: string; secret_enc: string | null }>(
      "SELECT status, secret_enc FROM outbox WHERE template = 'activation_invite' AND application_id = $1",
      [draft.id],
    );
    expect(delivered).toEqual({ status: 'delivered', secret_enc: null });
    const sms = sent.find((m) => m.mobile === '13912345670');
    expect(sms?.text).toContain(before.number);
    const token = tokenIn(sms!);
    expect(token).toHaveLength(43);
    const invite = await h.db.one<{ token_hash: string }>(
      'SELECT token_hash FROM holder_activation_invites WHERE holder_id = $1',
      [wangFang],
    );
    expect(invite.token_hash).not.toContain(token);
    expect(
      JSON.stringify(await h.db.query('SELECT * FROM outbox WHERE application_id = $1', [draft.id])),
    ).not.toContain(token);

    const anon = new Client(h.app);
    await anon.fetchCsrf();
    const check = await anon.post('/api/v1/activation/check', { token });
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json()).toMatchObject({ holderName: '王*' });
    const weak = await anon.post('/api/v1/activation', { token, username: 'wang.fang', password: 'short' });
    expect(weak.statusCode).toBe(400);
    // Issue 18 item 9: not the holder's own birth date (read from the holder record the link is for).
    const { birth_date } = await h.db.one<{ birth_date: string }>(
      'SELECT birth_date::text AS birth_date FROM holders WHERE id = $1',
      [wangFang],
    );
    const own = await anon.post('/api/v1/activation', {
      token,
      username: 'wang.fang',
      password: `Teapot#${birth_date.replace(/-/g, '')}`,
    });
    expect(own.statusCode).toBe(400);
    expect(own.json().error.details[0].message).toContain('出生日期');
    const done = await anon.post('/api/v1/activation', { token, username: 'wang.fang', password: 'Teapot-Wang-2026' });
    expect(done.statusCode, done.body).toBe(200);
    const again = await anon.post('/api/v1/activation', {
      token,
      username: 'wang.fang2',
      password: 'Teapot-Wang-2026',
    });
    expect(again.statusCode).toBe(410);
    expect(again.json().error.code).toBe('ACTIVATION.USED');
    const audit = await h.db.one<{ n: string }>(
      "SELECT count(*) AS n FROM audit_log WHERE action IN ('holder.invite', 'holder.activate') AND subject_id = $1",
      [wangFang],
    );
    expect(Number(audit.n)).toBe(2);

    const holder = new Client(h.app);
    await holder.fetchCsrf();
    expect((await holder.login('wang.fang', 'Teapot-Wang-2026')).statusCode).toBe(200);
    const confirmed = await act(holder, draft.id, 'confirm', before.version);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().application).toMatchObject({
      state: 'holder_confirmed',
      holderHasAccount: true,
      nextStep: { waitingFor: 'hr' },
    });
  });

  it('refuses an expired, replaced or unknown link, a second SMS within a minute, and a holder who has an account', async () => {
    // 陈静 has no account and no open application (刘洋's demo case awaits its visit).
    const chenJing = await holderIdByName(h.db, '陈静');
    const draft = await createDraft(hr, chenJing);
    expect((await hr.post(`/api/v1/applications/${draft.id}/holder-invitation`)).statusCode).toBe(201);
    const tooSoon = await hr.post(`/api/v1/applications/${draft.id}/holder-invitation`);
    expect(tooSoon.statusCode).toBe(429);
    expect(tooSoon.json().error.code).toBe('ACTIVATION.TOO_SOON');
    await deliver();
    const first = tokenIn(sent.filter((m) => m.mobile === '13412345673').at(-1)!);
    h.clock.advanceMinutes(2);
    expect((await hr.post(`/api/v1/applications/${draft.id}/holder-invitation`)).statusCode).toBe(201);
    await deliver();
    const second = tokenIn(sent.filter((m) => m.mobile === '13412345673').at(-1)!);
    const anon = new Client(h.app);
    await anon.fetchCsrf();
    const replaced = await anon.post('/api/v1/activation/check', { token: first });
    expect(replaced.statusCode).toBe(404);
    expect(replaced.json().error.code).toBe('ACTIVATION.NOT_FOUND');
    expect((await anon.post('/api/v1/activation/check', { token: 'A'.repeat(43) })).statusCode).toBe(404);
    expect((await anon.post('/api/v1/activation/check', { token: 'short' })).statusCode).toBe(400);
    h.clock.advanceMinutes(72 * 60 + 5);
    const expired = await anon.post('/api/v1/activation', {
      token: second,
      username: 'chen.jing',
      password: 'Teapot-Chen-2026',
    });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error).toMatchObject({
      code: 'ACTIVATION.EXPIRED',
      message: expect.stringContaining('过期'),
    });
    expect(
      (await h.db.one<{ user_id: string | null }>('SELECT user_id FROM holders WHERE id = $1', [chenJing])).user_id,
    ).toBeNull();

    hr = await Client.signedIn(h.app, 'hr.acme'); // the session idled out over the 72 hours
    const li = await createDraft(hr, await holderIdByName(h.db, '李明'));
    const has = await hr.post(`/api/v1/applications/${li.id}/holder-invitation`);
    expect(has.statusCode).toBe(409);
    expect(has.json().error.code).toBe('ACTIVATION.HOLDER_HAS_ACCOUNT');
  });
});
