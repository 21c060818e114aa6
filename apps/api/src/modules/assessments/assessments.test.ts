import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { DB_KINDS } from '../../../test/support/databases.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';

const summary = (qualifyingMonths: number, monthsPaidInWindow = 12) => ({
  kind: 'summary' as const,
  qualifyingMonths,
  insuredThisMonth: true,
  monthsPaidInWindow,
  baseMultipleTier: null,
});

/** cases/README.md, asOf 2026-03-01. */
const WORKED = [
  {
    input: { age: 30, education: 'benke_bachelor', socialInsurance: summary(48) },
    total: 132,
    meets: true,
    eligible: true,
  },
  { input: { age: 45, education: 'master', socialInsurance: summary(12) }, total: 130, meets: true, eligible: true },
  { input: { age: 52, education: 'dazhuan', socialInsurance: summary(72) }, total: 81, meets: false, eligible: true },
  {
    input: { age: 30, education: 'benke_bachelor', socialInsurance: summary(48, 4) },
    total: 132,
    meets: true,
    eligible: false,
  },
];

describe.each(DB_KINDS)('assessments (%s)', (kind) => {
  let h: Harness;
  let anon: Client;
  beforeAll(async () => {
    h = await startHarness(kind);
    anon = new Client(h.app);
    await anon.fetchCsrf();
  });
  afterAll(async () => h?.close());

  it('assesses the worked examples statelessly, with the policy id and hash (P-3)', async () => {
    for (const w of WORKED) {
      const res = await anon.post('/api/v1/assessments', { input: w.input, asOf: '2026-03-01' });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.assessment).toMatchObject({
        total: w.total,
        meetsStandard: w.meets,
        eligible: w.eligible,
        asOf: '2026-03-01',
      });
      expect(body.policy.id).toBe(body.assessment.policyId);
      expect(body.policy.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(body.assessment.lines.find((l: { ruleId: string }) => l.ruleId === 'S-2').reason.zh).toContain('30');
      if (!w.eligible)
        expect(body.assessment.eligibility.find((c: { ruleId: string }) => c.ruleId === 'C-1').passed).toBe(false);
      expect(Array.isArray(body.improvements)).toBe(true);
      expect(body.earliest.target).toBe(120);
    }
    const count = await h.db.one<{ n: string }>('SELECT count(*)::text AS n FROM saved_assessments');
    expect(count.n).toBe('0');
  });

  it('is called by a script with a JSON body alone: no CSRF token, no cookie; other POSTs still need one (issue 22)', async () => {
    const bare = await h.app.inject({
      method: 'POST',
      url: '/api/v1/assessments',
      payload: { input: WORKED[0]!.input, asOf: '2026-03-01' },
    });
    expect(bare.statusCode, bare.body).toBe(200);
    expect(bare.json().assessment.total).toBe(132);
    expect(bare.headers['set-cookie']).toBeUndefined();
    // The exemption is by route: the percent-encoded spelling reaches the same route, another route is still refused.
    const encoded = await h.app.inject({
      method: 'POST',
      url: '/api/v1/%61ssessments',
      payload: { input: WORKED[0]!.input, asOf: '2026-03-01' },
    });
    expect(encoded.statusCode).toBe(200);
    const consultation = await h.app.inject({ method: 'POST', url: '/api/v1/consultations', payload: {} });
    expect(consultation.statusCode).toBe(403);
    const save = await h.app.inject({ method: 'POST', url: '/api/v1/me/assessments', payload: {} });
    expect(save.statusCode).toBe(403);
  });

  it("defaults asOf to today's date in Shanghai", async () => {
    const res = await anon.post('/api/v1/assessments', { input: WORKED[0]!.input });
    expect(res.json().assessment.asOf).toBe('2026-06-15');
  });

  it('rejects input the domain schema refuses, naming the field in the caller language', async () => {
    const bad = await anon.post('/api/v1/assessments', {
      input: { birthDate: '2026-02-30', education: 'benke', socialInsurance: summary(1) },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.input.birthDate');
    anon.lang = 'en';
    const noAge = await anon.post('/api/v1/assessments', {
      input: { education: 'benke', socialInsurance: summary(1) },
    });
    expect(noAge.statusCode).toBe(400);
    expect(noAge.json().error.details.map((d: { path: string }) => d.path)).toContain('body.input.birthDate');
    anon.lang = 'zh';
    const noPolicy = await anon.post('/api/v1/assessments', { input: WORKED[0]!.input, asOf: '1999-01-01' });
    expect(noPolicy.statusCode).toBe(400);
    expect(noPolicy.json().error.code).toBe('VALIDATION.AS_OF');
  });

  it.each([
    ['2026-03-02', 'after the evaluation date'],
    ['2015-01-01', 'under 16'],
  ])(
    'S-2: a birth date of %s on 2026-03-01 is a 400 naming birthDate (%s), never 30 points or a 500',
    async (birthDate, why) => {
      anon.lang = 'en';
      const res = await anon.post('/api/v1/assessments', {
        input: { birthDate, education: 'benke', socialInsurance: summary(12) },
        asOf: '2026-03-01',
      });
      anon.lang = 'zh';
      expect(res.statusCode, res.body).toBe(400);
      const error = res.json().error;
      expect(error.code).toBe('VALIDATION.BIRTH_DATE');
      expect(error.message).toContain(why);
      expect(error.details.map((d: { path: string }) => d.path)).toContain('body.input.birthDate');
      const li = await Client.signedIn(h.app, 'holder.li');
      const saved = await li.post('/api/v1/me/assessments', {
        input: { birthDate, education: 'benke', socialInsurance: summary(12) },
        asOf: '2026-03-01',
      });
      expect(saved.statusCode).toBe(400);
      const ok = await anon.post('/api/v1/assessments', {
        input: { birthDate: '2010-03-01', education: 'benke', socialInsurance: summary(12) },
        asOf: '2026-03-01',
      });
      expect(ok.statusCode, ok.body).toBe(200);
    },
  );

  it('is in the OpenAPI document', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/assessments', '/api/v1/me/assessments', '/api/v1/consultations']),
    );
    expect(doc.paths['/api/v1/assessments'].post.requestBody).toBeDefined();
  });

  it('lets a holder save assessments to the account and list only their own', async () => {
    const li = await Client.signedIn(h.app, 'holder.li');
    const saved = await li.post('/api/v1/me/assessments', {
      input: WORKED[0]!.input,
      asOf: '2026-03-01',
      label: '本科方案',
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json().assessment).toMatchObject({
      total: 132,
      label: '本科方案',
      asOf: '2026-03-01',
      meetsStandard: true,
    });
    const list = await li.get('/api/v1/me/assessments');
    expect(list.json().assessments).toHaveLength(1);
    expect(list.json().assessments[0].input).toEqual(WORKED[0]!.input);
    const hr = await Client.signedIn(h.app, 'hr.acme');
    expect((await hr.get('/api/v1/me/assessments')).statusCode).toBe(403);
    expect((await anon.get('/api/v1/me/assessments')).statusCode).toBe(401);
  });
});

describe('assessment rate limit', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('pglite', { seed: false, config: { rateLimitMax: 600 } });
  });
  afterAll(async () => h?.close());

  it('answers 429 past 120 assessments a minute from one client', async () => {
    const c = new Client(h.app);
    await c.fetchCsrf();
    const body = { input: WORKED[0]!.input, asOf: '2026-03-01' };
    let last = 0;
    for (let i = 0; i < 121; i++) last = (await c.post('/api/v1/assessments', body)).statusCode;
    expect(last).toBe(429);
  });
});
