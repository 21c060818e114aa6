import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { mobileCodeOf } from './mobile-code-test-support.ts';
import { MAX_CODE_ATTEMPTS, SMS_PER_NUMBER_PER_DAY } from './mobile-verification.ts';

/**
 * Issue 18, item 7: every consultant answer texted whatever number the asker
 * typed. Now the number is proved by a code first, each number gets at most
 * a few SMS a day, and an unproved number gets none but the code.
 */
describe.each(DB_KINDS)('no SMS to a number its asker did not prove (%s)', (kind) => {
  let h: Harness;
  let anon: Client;
  let consultant: Client;
  const smsTo = async (threadId: string) =>
    (
      await h.db.query<{ template: string }>(
        'SELECT template FROM outbox WHERE consultation_thread_id = $1 ORDER BY created_at, template',
        [threadId],
      )
    ).map((r) => r.template);
  async function ask(mobile: string) {
    const res = await anon.post('/api/v1/consult/threads', {
      question: '居住证到期了怎么续办',
      consent: true,
      mobile,
      notifySms: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const reference = res.json().reference as string;
    const { id } = await h.db.one<{ id: string }>('SELECT id FROM consultation_threads WHERE reference = $1', [
      reference,
    ]);
    return { reference, id, mobileCode: res.json().mobileCode as string };
  }
  const answer = (id: string) =>
    consultant.post(`/api/v1/consult/workbench/${id}/answer`, {
      body: '请在有效期届满前续办（L-7）',
      ruleIds: ['L-7'],
    });

  beforeAll(async () => {
    h = await startHarness(kind, { now: '2026-12-07T02:00:00.000Z' });
    anon = new Client(h.app);
    await anon.fetchCsrf();
    consultant = await Client.signedIn(h.app, 'consultant');
  });
  afterAll(async () => h?.close());

  it('texts a code once, and no answer to a number not proved: the answer is on the page', async () => {
    const t = await ask('13700000001');
    expect(t.mobileCode).toBe('sent');
    expect((await answer(t.id)).statusCode).toBe(200);
    expect(await smsTo(t.id)).toEqual(['consult_mobile_code']);
    const page = (await anon.get(`/api/v1/consult/threads/by-reference/${t.reference}`)).json();
    expect(page).toMatchObject({ notifySms: true, mobileVerified: false, status: 'answered' });
    expect(page.messages).toHaveLength(1);
  });

  it('texts answers once the code is entered; wrong codes are counted and end the code', async () => {
    const t = await ask('13700000002');
    const wrong = (await mobileCodeOf(h, t.id)) === '000000' ? '111111' : '000000';
    const first = await anon.post(`/api/v1/consult/threads/by-reference/${t.reference}/mobile-verification`, {
      code: wrong,
    });
    expect(first.statusCode).toBe(400);
    expect(first.json().error.message).toContain(`还可以再试 ${MAX_CODE_ATTEMPTS - 1} 次`);
    const right = await anon.post(`/api/v1/consult/threads/by-reference/${t.reference}/mobile-verification`, {
      code: await mobileCodeOf(h, t.id),
    });
    expect(right.json()).toMatchObject({ mobileVerified: true });
    await answer(t.id);
    expect(await smsTo(t.id)).toEqual(['consult_answered', 'consult_mobile_code'].sort());

    const other = await ask('13700000003');
    for (let i = 0; i < MAX_CODE_ATTEMPTS; i++)
      await anon.post(`/api/v1/consult/threads/by-reference/${other.reference}/mobile-verification`, { code: wrong });
    const ended = await anon.post(`/api/v1/consult/threads/by-reference/${other.reference}/mobile-verification`, {
      code: await mobileCodeOf(h, other.id),
    });
    expect(ended.json().error.code).toBe('CONSULT_CODE.NOT_AVAILABLE');
    const malformed = await anon.post(`/api/v1/consult/threads/by-reference/${other.reference}/mobile-verification`, {
      code: '12ab',
    });
    expect(malformed.statusCode).toBe(400);
  });

  it(`texts one number at most ${SMS_PER_NUMBER_PER_DAY} times a day, whatever thread asks`, async () => {
    const threads = [];
    for (let i = 0; i < SMS_PER_NUMBER_PER_DAY + 2; i++) threads.push(await ask('13700000004'));
    expect(threads.map((t) => t.mobileCode)).toEqual([
      ...Array(SMS_PER_NUMBER_PER_DAY).fill('sent'),
      'limit_reached',
      'limit_reached',
    ]);
    const sent = await h.db.one<{ n: number }>(
      "SELECT count(*)::int AS n FROM outbox WHERE recipient_mobile_masked = '137****0004'",
    );
    expect(sent.n).toBe(SMS_PER_NUMBER_PER_DAY);
    // The next day the number has its allowance again.
    h.clock.advanceMinutes(24 * 60);
    expect((await ask('13700000004')).mobileCode).toBe('sent');
  });
});
