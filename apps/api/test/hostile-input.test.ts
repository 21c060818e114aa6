import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import { holderIdByName, registrationBody } from './support/fixtures.ts';
import { startHarness, type Harness } from './support/harness.ts';

/**
 * Issue #11 item 5, the reported cases one by one (the route fuzz test
 * covers the class): NUL bytes, lone surrogates and impossible dates were
 * 500s, public routes among them. Each is now a coded 400 in both languages
 * that changes nothing.
 */
function refused(res: LightMyRequestResponse, path?: string, message?: RegExp) {
  expect(res.statusCode, res.body).toBe(400);
  const error = res.json().error as { code: string; message: string; details?: { path: string; message: string }[] };
  expect(error.code).toMatch(/^VALIDATION\./);
  if (path) expect(error.details?.map((d) => d.path)).toContain(path);
  if (message) expect(error.details?.map((d) => d.message).join(' ')).toMatch(message);
  return error;
}

describe('hostile input on the routes that answered 500 (pglite)', () => {
  let h: Harness;
  let anon: Client;
  let hr: Client;
  let clerk: Client;
  let liMing: string;

  beforeAll(async () => {
    h = await startHarness('pglite');
    liMing = await holderIdByName(h.db, '李明');
    anon = new Client(h.app);
    await anon.fetchCsrf();
    hr = await Client.signedIn(h.app, 'hr.acme');
    clerk = await Client.signedIn(h.app, 'clerk.pd');
  });
  afterAll(async () => h?.close());

  const consultation = (over: Record<string, unknown>) => ({
    name: '王先生',
    mobile: '13800001111',
    question: '如何续签？',
    consent: true,
    ...over,
  });

  it('refuses NUL bytes and control characters in text, public routes included', async () => {
    const before = Number((await h.db.one<{ n: string }>('SELECT count(*) AS n FROM consultations')).n);
    refused(await anon.post('/api/v1/consultations', consultation({ name: '王\u0000先生' })), 'body.name', /控制字符/);
    anon.lang = 'en';
    refused(
      await anon.post('/api/v1/consultations', consultation({ question: 'renew?\u0000' })),
      'body.question',
      /control characters/,
    );
    anon.lang = 'zh';
    refused(await anon.post('/api/v1/auth/login', { username: 'admin\u0000', password: 'x\u0000' }), 'body.username');
    refused(
      await anon.post('/api/v1/employers/register', registrationBody('310115', { name: '单位\u0000' })),
      'body.name',
    );
    refused(
      await hr.post(`/api/v1/holders/${liMing}/reveal`, { field: 'mobile', reason: '核对\u001b[31m' }),
      'body.reason',
    );
    expect(Number((await h.db.one<{ n: string }>('SELECT count(*) AS n FROM consultations')).n)).toBe(before);
  });

  it('refuses lone UTF-16 surrogates (they were stored as U+FFFD and hashed as sent)', async () => {
    refused(
      await anon.post('/api/v1/consultations', consultation({ question: '续签\uD800' })),
      'body.question',
      /Unicode/,
    );
    refused(
      await anon.request('POST', '/api/v1/consultations', {
        rawBody: JSON.stringify(consultation({ name: 'x\uDFFFy' })),
      }),
      'body.name',
    );
  });

  it('refuses impossible dates in bodies and query strings', async () => {
    const input = {
      birthDate: '1990-03-07',
      education: 'benke_bachelor',
      socialInsurance: {
        kind: 'summary',
        qualifyingMonths: 48,
        insuredThisMonth: true,
        monthsPaidInWindow: 12,
        baseMultipleTier: null,
      },
    };
    refused(await anon.post('/api/v1/assessments', { input, asOf: '2026-02-30' }), 'body.asOf', /日期不存在/);
    refused(
      await anon.post('/api/v1/assessments', { input: { ...input, birthDate: '2026-13-01' } }),
      'body.input.birthDate',
    );
    refused(await hr.get('/api/v1/visit-slots?from=2026-13-01'), 'querystring.from');
    refused(await hr.get('/api/v1/visit-slots?from=9999-99-99'), 'querystring.from');
    refused(
      await clerk.post(`/api/v1/holders/${liMing}/endorsements`, {
        endorsedOn: '9999-99-99',
        newExpiresOn: '2026-02-30',
      }),
      'body.endorsedOn',
    );
  });

  it('answers a path it cannot decode with the coded error body, not the framework one', async () => {
    const res = await hr.get('/api/v1/holders/%ED%A0%80');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: {
        code: 'VALIDATION.BAD_URL',
        message: '网址无效：其中的 % 编码无法解码。请检查链接是否完整复制，或从页面菜单重新进入',
        requestId: expect.any(String),
      },
    });
  });

  it('stores text NFC-normalised and trimmed', async () => {
    const res = await anon.post('/api/v1/consultations', consultation({ name: '  Jose\u0301 ' }));
    expect(res.statusCode, res.body).toBe(201);
    const consultant = await Client.signedIn(h.app, 'consultant');
    const list = (await consultant.get('/api/v1/consultations')).json().consultations as {
      reference: string;
      name: string;
    }[];
    expect(list.find((c) => c.reference === res.json().reference)?.name).toBe('José');
  });
});
