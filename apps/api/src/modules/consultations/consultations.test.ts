import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { purgeExpiredConsultations } from '../../jobs/consultation-retention.ts';

const request = (overrides: Record<string, unknown> = {}) => ({
  name: '张三',
  mobile: '138 0013 8000',
  question: '换了单位，积分续办要准备什么？',
  consent: true,
  ...overrides,
});
const assessment = {
  input: {
    age: 30,
    education: 'benke_bachelor',
    socialInsurance: {
      kind: 'summary',
      qualifyingMonths: 48,
      insuredThisMonth: true,
      monthsPaidInWindow: 12,
      baseMultipleTier: null,
    },
  },
  asOf: '2026-03-01',
};

describe.each(DB_KINDS)('consultations (%s)', (kind) => {
  let h: Harness;
  let anon: Client;
  let consultant: Client;
  beforeAll(async () => {
    h = await startHarness(kind);
    anon = new Client(h.app);
    await anon.fetchCsrf();
    consultant = await Client.signedIn(h.app, 'consultant');
  });
  afterAll(async () => h?.close());

  it('needs consent and a valid mobile number (PI-3, I-3), in the caller language', async () => {
    const noConsent = await anon.post('/api/v1/consultations', request({ consent: false }));
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.details).toContainEqual({
      path: 'body.consent',
      message: '请阅读并同意《隐私保护声明》',
    });
    anon.lang = 'en';
    const badMobile = await anon.post('/api/v1/consultations', request({ mobile: '2380013800' }));
    expect(badMobile.json().error.details).toContainEqual({
      path: 'body.mobile',
      message: 'A mobile number has 11 digits and starts with 1',
    });
    anon.lang = 'zh';
  });

  it('stores the mobile encrypted, masks it in the queue, and audits the reveal', async () => {
    const res = await anon.post('/api/v1/consultations', request({ assessment }));
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ status: 'new', retentionDays: 90, deleteAfter: '2026-09-13' });
    expect(created.reference).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);

    const stored = await h.db.one<{ mobile_enc: string; mobile_masked: string }>(
      'SELECT mobile_enc, mobile_masked FROM consultations WHERE reference = $1',
      [created.reference],
    );
    expect(stored.mobile_enc).not.toContain('13800138000');
    expect(stored.mobile_masked).toBe('138****8000');

    const queue = await consultant.get('/api/v1/consultations?status=new');
    const item = queue.json().consultations.find((c: { reference: string }) => c.reference === created.reference);
    expect(item).toMatchObject({
      name: '张三',
      mobile: '138****8000',
      status: 'new',
      assessment: { total: 132, meetsStandard: true, asOf: '2026-03-01' },
    });
    expect(queue.body).not.toContain('13800138000');

    const noReason = await consultant.post(`/api/v1/consultations/${item.id}/reveal-mobile`, {});
    expect(noReason.statusCode).toBe(400);
    const reveal = await consultant.post(`/api/v1/consultations/${item.id}/reveal-mobile`, { reason: '电话回访' });
    expect(reveal.json()).toEqual({ mobile: '13800138000' });
    const audit = await h.db.query<{ action: string; reason: string | null; actor_role: string | null }>(
      'SELECT action, reason, actor_role FROM audit_log WHERE subject_id = $1 ORDER BY id',
      [item.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['consultation.created', 'consultation.reveal_mobile']);
    expect(audit[1]).toMatchObject({ reason: '电话回访', actor_role: 'consultant' });
  });

  it('moves through the queue with notes; the person sees the status and withdraws, which deletes it', async () => {
    const created = (await anon.post('/api/v1/consultations', request({ name: 'Li Lei', language: 'en' }))).json();
    const status = await anon.get(`/api/v1/consultations/by-reference/${created.reference.toLowerCase()}`);
    expect(status.json()).toMatchObject({
      reference: created.reference,
      status: 'new',
      mobile: '138****8000',
      hasAssessment: false,
    });
    expect(status.body).not.toContain('Li Lei');

    const id = (await consultant.get('/api/v1/consultations'))
      .json()
      .consultations.find((c: { reference: string }) => c.reference === created.reference).id;
    const called = await consultant.request('PATCH', `/api/v1/consultations/${id}`, {
      body: { status: 'called_back', note: '已电话联系，约下周再谈' },
    });
    expect(called.statusCode, called.body).toBe(200);
    expect(called.json().consultation).toMatchObject({
      status: 'called_back',
      notes: [{ text: '已电话联系，约下周再谈' }],
    });
    const empty = await consultant.request('PATCH', `/api/v1/consultations/${id}`, { body: {} });
    expect(empty.statusCode).toBe(400);
    expect((await anon.get(`/api/v1/consultations/by-reference/${created.reference}`)).json().status).toBe(
      'called_back',
    );

    const withdrawn = await anon.request('DELETE', `/api/v1/consultations/by-reference/${created.reference}`);
    expect(withdrawn.statusCode).toBe(204);
    expect((await anon.get(`/api/v1/consultations/by-reference/${created.reference}`)).statusCode).toBe(404);
    expect((await h.db.query('SELECT 1 FROM consultations WHERE id = $1', [id])).length).toBe(0);
    const queue = await consultant.get('/api/v1/consultations');
    expect(queue.json().consultations.map((c: { id: string }) => c.id)).not.toContain(id);
    const trail = await h.db.query<{ action: string; after: unknown }>(
      'SELECT action, after FROM audit_log WHERE subject_id = $1 ORDER BY id',
      [id],
    );
    expect(trail.map((t) => t.action)).toEqual([
      'consultation.created',
      'consultation.updated',
      'consultation.withdrawn',
    ]);
    expect(JSON.stringify(trail)).not.toContain('Li Lei');
  });

  it('is the consultant queue only', async () => {
    const hr = await Client.signedIn(h.app, 'hr.acme');
    expect((await hr.get('/api/v1/consultations')).statusCode).toBe(403);
    expect((await anon.get('/api/v1/consultations')).statusCode).toBe(401);
    expect((await anon.get('/api/v1/consultations/by-reference/AAAAA-AAAAA')).statusCode).toBe(404);
    expect((await anon.get('/api/v1/consultations/by-reference/not-a-code')).statusCode).toBe(400);
  });

  it('purges requests older than the retention period, by the injected clock', async () => {
    const before = (await anon.post('/api/v1/consultations', request({ name: '王五' }))).json();
    expect(before.deleteAfter).toBe('2026-09-13');
    h.clock.advanceMinutes(60 * 24 * 89);
    const young = (await anon.post('/api/v1/consultations', request({ name: '赵六' }))).json();
    h.clock.advanceMinutes(60 * 24 * 1 + 1);
    const r = await purgeExpiredConsultations({ db: h.db, clock: h.clock }, { retentionDays: 90 });
    expect(r.deleted).toBeGreaterThanOrEqual(1);
    expect((await anon.get(`/api/v1/consultations/by-reference/${before.reference}`)).statusCode).toBe(404);
    expect((await anon.get(`/api/v1/consultations/by-reference/${young.reference}`)).statusCode).toBe(200);
    const again = await purgeExpiredConsultations({ db: h.db, clock: h.clock }, { retentionDays: 90 });
    expect(again.deleted).toBe(0);
    const purged = await h.db.query<{ after: { deleted: number } }>(
      "SELECT after FROM audit_log WHERE action = 'consultation.purged'",
    );
    expect(purged).toHaveLength(1);
  });
});

describe('consultation purge job and rate limit', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('pglite', { seed: false, config: { consultationRetentionDays: 7, rateLimitMax: 600 } });
  });
  afterAll(async () => h?.close());

  it('uses the configured retention and refuses an 11th request a minute', async () => {
    const c = new Client(h.app);
    await c.fetchCsrf();
    const first = await c.post('/api/v1/consultations', request());
    expect(first.json()).toMatchObject({ retentionDays: 7, deleteAfter: '2026-06-22' });
    let last = 0;
    for (let i = 0; i < 10; i++) last = (await c.post('/api/v1/consultations', request())).statusCode;
    expect(last).toBe(429);
  });
});
