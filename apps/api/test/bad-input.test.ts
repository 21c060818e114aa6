import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import { holderIdByName, registrationBody } from './support/fixtures.ts';
import { startHarness, type Harness } from './support/harness.ts';

/**
 * Bad input on every registered route that takes a body, params or a query:
 * malformed JSON, wrong types, unknown fields, an oversized body. Always a
 * 4xx with a coded, worded error (zh by default, en on request), never a 500.
 */
const ROLE_PREFERENCE = ['admin', 'reviewer', 'hr', 'holder', 'consultant', 'clerk'] as const;
const USER = {
  admin: 'admin',
  reviewer: 'reviewer.pd',
  hr: 'hr.acme',
  holder: 'holder.li',
  consultant: 'consultant',
  clerk: 'clerk.pd',
};

function expectWorded(res: LightMyRequestResponse, lang: 'zh' | 'en') {
  expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, res.body).toBeLessThan(500);
  const body = res.json() as {
    error: { code: string; message: string; requestId: string; details?: { path: string; message: string }[] };
  };
  expect(body.error.code).toMatch(/^[A-Z_]+(\.[A-Z_]+)*$/);
  expect(body.error.requestId).toBeTruthy();
  const text = [body.error.message, ...(body.error.details ?? []).map((d) => d.message)].join(' ');
  if (lang === 'zh') expect(text).toMatch(/[\u4e00-\u9fff]/);
  else expect(body.error.message).not.toMatch(/[\u4e00-\u9fff]/);
  expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  return body.error;
}

describe('bad input on every route (pglite)', () => {
  let h: Harness;
  const clients = new Map<string, Client>();
  let liMing: string;

  beforeAll(async () => {
    h = await startHarness('pglite');
    liMing = await holderIdByName(h.db, '李明');
    const anon = new Client(h.app);
    await anon.fetchCsrf();
    clients.set('anonymous', anon);
    for (const [role, username] of Object.entries(USER)) clients.set(role, await Client.signedIn(h.app, username));
  });
  afterAll(async () => h?.close());

  const callerFor = (route: Harness['routes'][number], lang: 'zh' | 'en') => {
    const access = route.access;
    const role = !access || 'public' in access ? 'anonymous' : ROLE_PREFERENCE.find((r) => access.roles.includes(r));
    const c = clients.get(role ?? 'anonymous')!;
    c.lang = lang;
    return c;
  };
  const concrete = (url: string) =>
    url
      .replace(/:id\b/g, liMing)
      .replace(/:[a-zA-Z]+/g, 'abc')
      .replace('*', 'x');

  it('rejects malformed JSON, wrong types, unknown fields and oversized bodies', async () => {
    const bodyRoutes = h.routes.filter((r) => r.has.body);
    expect(bodyRoutes.length).toBeGreaterThanOrEqual(6);
    for (const route of bodyRoutes) {
      for (const lang of ['zh', 'en'] as const) {
        const c = callerFor(route, lang);
        const url = concrete(route.url);
        const method = route.method as 'POST';
        const malformed = expectWorded(await c.request(method, url, { rawBody: '{"username": "adm' }), lang);
        expect(malformed.code, `${route.url}`).toBe('VALIDATION.MALFORMED_BODY');
        const wrongType = expectWorded(await c.request(method, url, { rawBody: '[1, 2, 3]' }), lang);
        expect(wrongType.code, `${route.url}`).toBe('VALIDATION.INVALID');
        const wrongField = expectWorded(
          await c.request(method, url, { body: { username: 42, reason: 7, field: true, name: [] } }),
          lang,
        );
        expect(wrongField.code, `${route.url}`).toBe('VALIDATION.INVALID');
        const big = expectWorded(await c.request(method, url, { body: { filler: 'x'.repeat(70 * 1024) } }), lang);
        expect(big.code, `${route.url}`).toBe('VALIDATION.BODY_TOO_LARGE');
        const notJson = await c.request(method, url, {
          rawBody: '<a/>',
          headers: { 'content-type': 'application/xml' },
        });
        expect(expectWorded(notJson, lang).code).toBe('VALIDATION.UNSUPPORTED_MEDIA_TYPE');
      }
    }
  });

  it('rejects an unknown field next to a valid body, naming it', async () => {
    const valid: Record<string, unknown> = {
      'POST /api/v1/auth/login': { username: 'admin', password: 'Demo@2026' },
      'POST /api/v1/employers/register': registrationBody('310115'),
      'POST /api/v1/employers/:id/reject': { reason: '材料不全' },
      'POST /api/v1/employers/:id/verify': { note: 'ok' },
      'POST /api/v1/holders/:id/reveal': { field: 'mobile', reason: '核对' },
      'POST /api/v1/users': {
        username: 'new.clerk',
        displayName: '新',
        password: 'Lujiazui@Ferry-26',
        role: 'consultant',
      },
      'POST /api/v1/applications': { holderId: liMing, kind: 'first_application' },
      'POST /api/v1/visit-slots': { startsAt: '2026-07-01T01:00:00.000Z', capacity: 2 },
      'POST /api/v1/applications/:id/visit': { slotId: liMing },
    };
    for (const [key, body] of Object.entries(valid)) {
      const [method, url] = key.split(' ') as ['POST', string];
      const route = h.routes.find((r) => r.method === method && r.url === url)!;
      const res = await callerFor(route, 'zh').request(method, concrete(url), {
        body: { ...(body as object), isAdmin: true },
      });
      const error = expectWorded(res, 'zh');
      expect(error.code, key).toBe('VALIDATION.INVALID');
      expect(error.details, key).toContainEqual({ path: 'body', message: expect.stringContaining('isAdmin') });
    }
  });

  it('rejects malformed ids and unknown query parameters', async () => {
    for (const route of h.routes.filter((r) => r.has.params || r.has.querystring)) {
      for (const lang of ['zh', 'en'] as const) {
        const c = callerFor(route, lang);
        const method = route.method as 'GET';
        const body = method === 'GET' || method === ('HEAD' as string) ? undefined : {};
        if (route.has.params && route.url.includes(':id')) {
          const res = await c.request(method, route.url.replace(':id', 'not-a-uuid'), body ? { body } : {});
          if (method !== ('HEAD' as string)) {
            const error = expectWorded(res, lang);
            expect(error.code === 'VALIDATION.INVALID' || error.code.endsWith('.NOT_FOUND'), route.url).toBe(true);
          } else expect(res.statusCode).toBe(400);
        }
        if (route.has.querystring && method === 'GET') {
          const res = await c.request(method, `${concrete(route.url)}?definitelyUnknown=1&limit=abc`);
          expect(expectWorded(res, lang).code, route.url).toBe('VALIDATION.INVALID');
        }
      }
    }
  });

  it('words field problems per language', async () => {
    const c = clients.get('anonymous')!;
    c.lang = 'zh';
    const zh = await c.post('/api/v1/employers/register', { ...registrationBody('310115'), uscc: 'short' });
    expect(zh.json().error.details).toContainEqual({
      path: 'body.uscc',
      message: '统一社会信用代码须为 18 位数字或大写字母',
    });
    c.lang = 'en';
    const en = await c.post('/api/v1/employers/register', { ...registrationBody('310115'), district: 42 });
    expect(en.json().error).toMatchObject({ code: 'VALIDATION.INVALID', message: 'The request is invalid' });
    expect(en.json().error.details[0]).toMatchObject({
      path: 'body.district',
      message: expect.stringMatching(/expected string/),
    });
  });

  it('answers unknown API paths with a coded 404', async () => {
    const res = await clients.get('admin')!.get('/api/v1/no-such-thing');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ROUTE.NOT_FOUND');
  });
});
