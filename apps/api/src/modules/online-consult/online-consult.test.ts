import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { purgeExpiredConsultations } from '../../jobs/consultation-retention.ts';
import { mobileCodeOf } from './mobile-code-test-support.ts';

/**
 * Issue #14 through the API, one PGlite server for the file: instant
 * answers with L-8, PI-1 masking at rest and on screen, the code and the
 * account guarding a thread, the workbench round trip, the knowledge base,
 * withdrawal and retention (PI-3).
 */
const ID = '110101199003077774'; // passes the I-1 check
const MOBILE = '13912345678';

describe('online consultation (pglite)', () => {
  let h: Harness;
  let anon: Client;
  let consultant: Client;
  let li: Client;
  let zhang: Client;
  beforeAll(async () => {
    // Tuesday 2026-12-01, 10:00 in Shanghai.
    h = await startHarness('pglite', { now: '2026-12-01T02:00:00.000Z' });
    anon = new Client(h.app);
    await anon.fetchCsrf();
    consultant = await Client.signedIn(h.app, 'consultant');
    li = await Client.signedIn(h.app, 'holder.li');
    zhang = await Client.signedIn(h.app, 'holder.zhang');
  });
  afterAll(async () => h?.close());

  it('answers instantly from the knowledge base and computes L-8 for the date in the question', async () => {
    const res = await anon.post('/api/v1/consult/instant-answers', { question: '居住证过期70天了积分还有吗' });
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a.entries[0].ruleIds).toContain('L-4');
    expect(a.lifecycle).toMatchObject({
      expiry: '2026-09-22',
      n: 70,
      state: 'points_cleared',
      basis: { kind: 'overdue', days: 70 },
    });
    expect(a.lifecycle.timeline).toContainEqual(expect.objectContaining({ ruleId: 'L-4', date: '2026-11-22' }));
    const dated = (
      await anon.post('/api/v1/consult/instant-answers', { question: '我的居住证2026年7月31日到期' })
    ).json();
    expect(dated.lifecycle).toMatchObject({ expiry: '2026-07-31', state: 'permit_lapsed', nextDeadline: null });
    expect(dated.lifecycle.timeline.map((t: { date: string }) => t.date)).toEqual([
      '2026-07-01',
      '2026-07-31',
      '2026-09-29',
      '2026-09-30',
      '2026-10-30',
    ]);
  });

  it('needs consent, and a mobile for the SMS (in the caller language)', async () => {
    const noConsent = await anon.post('/api/v1/consult/threads', { question: '问题', consent: false });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.details).toContainEqual({
      path: 'body.consent',
      message: '请阅读并同意《隐私保护声明》',
    });
    anon.lang = 'en';
    const noMobile = await anon.post('/api/v1/consult/threads', { question: 'q', consent: true, notifySms: true });
    expect(noMobile.json().error.details).toContainEqual({
      path: 'body.mobile',
      message: 'Give a mobile number for the SMS, or untick the SMS box',
    });
    anon.lang = 'zh';
  });

  let reference = '';
  let threadId = '';
  it('stores typed ID numbers and mobiles masked (PI-1), the SMS mobile encrypted, and shows them masked', async () => {
    const res = await anon.post('/api/v1/consult/threads', {
      question: `我的身份证 ${ID}，电话 ${MOBILE}，居住证过期70天了积分还有吗`,
      consent: true,
      mobile: MOBILE,
      notifySms: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    reference = res.json().reference;
    expect(res.json()).toMatchObject({ status: 'waiting', retentionDays: 90, deleteAfter: '2027-03-01' });
    const raw = await h.db.one<{ id: string; question: string; mobile_enc: string; mobile_masked: string }>(
      'SELECT id, question, mobile_enc, mobile_masked FROM consultation_threads WHERE reference = $1',
      [reference],
    );
    threadId = raw.id;
    expect(raw.question).not.toContain(ID);
    expect(raw.question).not.toContain(MOBILE);
    expect(raw.question).toContain('1101**********7774');
    expect(raw.mobile_enc).not.toContain(MOBILE);
    expect(raw.mobile_masked).toBe('139****5678');
    const shown = await anon.get(`/api/v1/consult/threads/by-reference/${reference}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.body).not.toContain(ID);
    expect(shown.body).not.toContain(MOBILE);
    const queue = await consultant.get('/api/v1/consult/workbench');
    expect(queue.body).not.toContain(ID);
    expect(queue.body).not.toContain(MOBILE);
  });

  it('the queue is oldest first with the first-answer goal in working hours', async () => {
    const res = await consultant.get('/api/v1/consult/workbench?status=waiting');
    expect(res.statusCode, res.body + h.logLines.filter((l) => l.includes('"level":50')).join('\n')).toBe(200);
    const q = res.json();
    expect(q.goalHours).toBe(4);
    const created = q.threads.map((t: { createdAt: string }) => t.createdAt);
    expect([...created].sort()).toEqual(created);
    // The demo's anonymous question was asked 3 hours ago (07:00 on a working day): 1 working hour waited.
    const demo = q.threads.find((t: { question: string }) => t.question.includes('补缴'));
    expect(demo.goal).toMatchObject({
      goalHours: 4,
      waitedMinutes: 60,
      leftMinutes: 180,
      overdue: false,
      answered: false,
    });
    // The person's records are never in the queue: only what they attached.
    expect(Object.keys(demo)).not.toContain('holder');
  });

  it('a consultant claims and answers; the person sees it with the code; an SMS is queued (they agreed and proved the number)', async () => {
    // Issue 18: the number is proved with the code texted to it first.
    expect(
      (
        await anon.post(`/api/v1/consult/threads/by-reference/${reference}/mobile-verification`, {
          code: await mobileCodeOf(h, threadId),
        })
      ).json().mobileVerified,
    ).toBe(true);
    const before = (await anon.get(`/api/v1/consult/threads/by-reference/${reference}`)).json();
    expect((await consultant.post(`/api/v1/consult/workbench/${threadId}/claim`)).statusCode).toBe(200);
    h.clock.advanceMinutes(30);
    const res = await consultant.post(`/api/v1/consult/workbench/${threadId}/answer`, {
      body: '您好！根据 L-4，积分已清零。',
      ruleIds: ['L-4'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().thread).toMatchObject({
      status: 'answered',
      goal: { waitedMinutes: 30, answered: true, overdue: false },
    });
    const after = (await anon.get(`/api/v1/consult/threads/by-reference/${reference}`)).json();
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.status).toBe('answered');
    expect(after.messages).toEqual([
      expect.objectContaining({ author: 'consultant', body: '您好！根据 L-4，积分已清零。', ruleIds: ['L-4'] }),
    ]);
    const sms = await h.db.query<{ recipient_mobile_enc: string; text_zh: string }>(
      "SELECT recipient_mobile_enc, text_zh FROM outbox WHERE consultation_thread_id = $1 AND template = 'consult_answered'",
      [threadId],
    );
    expect(sms).toHaveLength(1);
    expect(sms[0]!.text_zh).toContain(reference);
    expect(h.pii.decrypt('outbox.mobile', sms[0]!.recipient_mobile_enc)).toBe(MOBILE);
    const follow = await anon.post(`/api/v1/consult/threads/by-reference/${reference}/messages`, {
      body: `谢谢，我的手机 ${MOBILE}`,
    });
    expect(follow.json().status).toBe('waiting');
    expect(follow.body).not.toContain(MOBILE);
  });

  it('a thread cannot be read without its code, nor by another account', async () => {
    const mine = await li.post('/api/v1/consult/threads', {
      question: '单位没变，续办要去窗口吗',
      consent: true,
      mobile: MOBILE,
      notifySms: true,
    });
    expect(mine.statusCode).toBe(201);
    const ref = mine.json().reference as string;
    expect((await li.get(`/api/v1/consult/threads/by-reference/${ref}`)).statusCode).toBe(200);
    expect((await zhang.get(`/api/v1/consult/threads/by-reference/${ref}`)).statusCode).toBe(404);
    expect((await anon.get(`/api/v1/consult/threads/by-reference/${ref}`)).statusCode).toBe(404);
    expect((await zhang.request('DELETE', `/api/v1/consult/threads/by-reference/${ref}`)).statusCode).toBe(404);
    expect((await anon.get('/api/v1/consult/threads/by-reference/ABCDE-FGHJK')).statusCode).toBe(404);
    const listed = (await li.get('/api/v1/me/consult/threads'))
      .json()
      .threads.map((t: { reference: string }) => t.reference);
    expect(listed).toContain(ref);
    expect(
      (await zhang.get('/api/v1/me/consult/threads')).json().threads.map((t: { reference: string }) => t.reference),
    ).not.toContain(ref);
    // The signed-in asker gets an in-app message when answered.
    const id = (await h.db.one<{ id: string }>('SELECT id FROM consultation_threads WHERE reference = $1', [ref])).id;
    expect(
      (
        await li.post(`/api/v1/consult/threads/by-reference/${ref}/mobile-verification`, {
          code: await mobileCodeOf(h, id),
        })
      ).statusCode,
    ).toBe(200);
    await consultant.post(`/api/v1/consult/workbench/${id}/answer`, {
      body: '不用，网上续办（R-1）',
      ruleIds: ['R-1'],
    });
    const note = await h.db.query('SELECT 1 FROM notifications WHERE consultation_thread_id = $1', [id]);
    expect(note).toHaveLength(1);
    // The SMS they agreed to is in their own SMS list (我的短信), and only theirs.
    const own = (await li.get('/api/v1/me/sms')).json().messages as {
      template: string;
      text: string;
      mobile: string;
    }[];
    expect(own.filter((m) => m.template === 'consult_answered').map((m) => m.text)).toEqual([
      expect.stringContaining(ref),
    ]);
    expect(own.find((m) => m.template === 'consult_answered')!.mobile).toBe('139****5678');
    const others = (await zhang.get('/api/v1/me/sms')).json().messages as { text: string }[];
    expect(others.some((m) => m.text.includes(ref))).toBe(false);
  });

  it('withdrawing deletes the thread, its messages and its SMS (PI-3)', async () => {
    const res = await anon.request('DELETE', `/api/v1/consult/threads/by-reference/${reference}`);
    expect(res.statusCode).toBe(204);
    expect((await anon.get(`/api/v1/consult/threads/by-reference/${reference}`)).statusCode).toBe(404);
    for (const table of ['consultation_messages WHERE thread_id', 'outbox WHERE consultation_thread_id']) {
      expect(await h.db.query(`SELECT 1 FROM ${table} = $1`, [threadId])).toHaveLength(0);
    }
  });

  it('the knowledge base: draft, publish (reaches the instant answers), retire; a taken slug is refused', async () => {
    const body = {
      slug: 'night-shift-question',
      title: { zh: '夜班补贴算不算工资基数', en: 'Night-shift allowance and the base' },
      body: { zh: '按实际申报的社保基数计算（S-9）。', en: 'The declared contribution base counts (S-9).' },
      keywords: { zh: '夜班 补贴 津贴', en: 'night shift allowance' },
      ruleIds: ['S-9'],
    };
    const created = await consultant.post('/api/v1/consult/knowledge', body);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().entry.id as string;
    const ask = () =>
      anon
        .post('/api/v1/consult/instant-answers', { question: '上夜班拿的津贴会算进去吗' })
        .then((r) => r.json().entries.map((e: { id: string }) => e.id));
    expect(await ask()).not.toContain(id);
    expect((await consultant.post(`/api/v1/consult/knowledge/${id}/publish`)).json().entry.status).toBe('published');
    expect((await ask())[0]).toBe(id);
    expect((await consultant.post(`/api/v1/consult/knowledge/${id}/retire`)).statusCode).toBe(200);
    expect(await ask()).not.toContain(id);
    const dup = await consultant.post('/api/v1/consult/knowledge', body);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toContain('标识');
    const noRule = await consultant.post('/api/v1/consult/knowledge', { ...body, slug: 'x-y', ruleIds: [] });
    expect(noRule.statusCode).toBe(400);
  });

  it('saved replies: a consultant adds, edits and deletes one (audited); a taken identifier and a bad rule ID are refused, changing nothing', async () => {
    const before = (await consultant.get('/api/v1/consult/saved-replies')).json().replies as { slug: string }[];
    const body = {
      slug: 'late-renewal',
      title: { zh: '逾期补办', en: 'Late renewal' },
      body: { zh: '逾期60天内可补办（L-3）。', en: 'Renew within 60 days of expiry (L-3).' },
      ruleIds: ['L-3'],
    };
    const created = await consultant.post('/api/v1/consult/saved-replies', body);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().reply.id as string;
    const listed = (await consultant.get('/api/v1/consult/saved-replies')).json().replies as {
      id: string;
      slug: string;
    }[];
    expect(listed.map((r) => r.slug)).toEqual([...before.map((r) => r.slug), 'late-renewal']);
    const edited = await consultant.request('PUT', `/api/v1/consult/saved-replies/${id}`, {
      body: {
        ...body,
        ruleIds: ['L-3', 'L-6'],
        body: {
          zh: '逾期60天内可补办（L-3），待遇暂停（L-6）。',
          en: 'Renew within 60 days (L-3); benefits are suspended (L-6).',
        },
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().reply).toMatchObject({ id, ruleIds: ['L-3', 'L-6'] });
    const taken = await consultant.post('/api/v1/consult/saved-replies', { ...body, slug: before[0]!.slug });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toContain('标识');
    consultant.lang = 'en';
    const badRule = await consultant.post('/api/v1/consult/saved-replies', {
      ...body,
      slug: 'bad-rule',
      ruleIds: ['X-99'],
    });
    consultant.lang = 'zh';
    expect(badRule.statusCode).toBe(400);
    expect(badRule.json().error.details.map((f: { path: string }) => f.path)).toContain('body.ruleIds[0]');
    expect(badRule.json().error.message).toMatch(/[A-Za-z]/);
    expect((await consultant.get('/api/v1/consult/saved-replies')).json().replies).toHaveLength(before.length + 1);
    expect((await consultant.request('DELETE', `/api/v1/consult/saved-replies/${id}`)).statusCode).toBe(204);
    expect((await consultant.request('DELETE', `/api/v1/consult/saved-replies/${id}`)).statusCode).toBe(404);
    expect((await consultant.get('/api/v1/consult/saved-replies')).json().replies).toHaveLength(before.length);
    const audit = await h.db.query<{ action: string }>(
      'SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY id',
      [id],
    );
    expect(audit.map((a) => a.action)).toEqual(['saved_reply.saved', 'saved_reply.saved', 'saved_reply.deleted']);
  });

  it('threads are purged with the call-back requests after the retention period (PI-3)', async () => {
    const before = (await h.db.one<{ n: number }>('SELECT count(*)::int AS n FROM consultation_threads')).n;
    expect(before).toBeGreaterThan(0);
    h.clock.advanceMinutes(91 * 24 * 60);
    const r = await purgeExpiredConsultations(h, { retentionDays: 90 });
    expect(r.deleted).toBeGreaterThanOrEqual(before);
    expect((await h.db.one<{ n: number }>('SELECT count(*)::int AS n FROM consultation_threads')).n).toBe(0);
  });
});
