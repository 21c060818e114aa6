import { expect } from 'vitest';
import { Client } from '../support/client.ts';
import { registrationBody } from '../support/fixtures.ts';
import {
  adminOnly,
  everyone,
  open,
  signedIn,
  USERNAME,
  type Ctx,
  type Row,
  type Rule,
  type Tenant,
  type Who,
} from './types.ts';

const holderRecord: Row = {
  anonymous: 401,
  holder: ['ok', 404],
  hr: ['ok', 404],
  clerk: 403,
  reviewer: ['ok', 404],
  consultant: 403,
  admin: 'ok',
};
const employerDecision: Row = { ...adminOnly, admin: 403, reviewer: ['ok', 404] };

const ownHolder = (ctx: Ctx, t: Tenant, who: Who) =>
  t === 'other' ? ctx.ids.zhaoMin! : who === 'holder' ? ctx.ids.liMing! : ctx.ids.wangFang!;

let registrar: Client | undefined;
/** A new pending employer in the caller's district (own) or another (other). */
async function pendingEmployer(ctx: Ctx, t: Tenant): Promise<string> {
  if (!registrar) {
    registrar = new Client(ctx.h.app);
    await registrar.fetchCsrf();
  }
  const res = await registrar.post('/api/v1/employers/register', registrationBody(t === 'own' ? '310115' : '310104'));
  if (res.statusCode !== 201) throw new Error(`registration failed: ${res.body}`);
  return (res.json() as { employer: { id: string } }).employer.id;
}

export const CORE_RULES: Record<string, Rule> = {
  'GET /': { row: open },
  /** Static files and the SPA fallback, when the web app is built. */
  'GET /*': { row: open, build: () => ({ url: '/hr/holders' }) },
  'GET /healthz': { row: everyone },
  'GET /readyz': { row: everyone },
  // Issue 21: only a scraper's Bearer METRICS_TOKEN opens /metrics, never a session; the test app has no token.
  'GET /metrics': {
    row: { anonymous: 403, holder: 403, hr: 403, clerk: 403, reviewer: 403, consultant: 403, admin: 403 },
  },
  'GET /api/docs': { row: open },
  'GET /api/docs/json': { row: everyone },
  'GET /api/docs/yaml': { row: everyone },
  'GET /api/docs/static/index.html': { row: open },
  'GET /api/docs/static/swagger-initializer.js': { row: everyone },
  'GET /api/docs/static/*': { row: everyone, build: () => ({ url: '/api/docs/static/swagger-ui.css' }) },
  'GET /api/v1/auth/csrf': { row: everyone },
  'POST /api/v1/auth/login': {
    row: everyone,
    build: (_c, _t, who) => ({
      url: '/api/v1/auth/login',
      body: { username: who === 'anonymous' ? 'admin' : USERNAME[who], password: 'Demo@2026' },
    }),
  },
  'POST /api/v1/auth/logout': { row: signedIn },
  'GET /api/v1/auth/me': { row: signedIn },
  'GET /api/v1/auth/session': { row: everyone },
  'GET /api/v1/districts': { row: everyone },
  'POST /api/v1/employers/register': {
    row: everyone,
    build: (_c, t) => ({
      url: '/api/v1/employers/register',
      body: registrationBody(t === 'own' ? '310115' : '310104'),
    }),
  },
  'GET /api/v1/employers': {
    row: { ...adminOnly, reviewer: 'ok' },
    scoped: (res, ctx, _t, who) => {
      const ids = (res.json() as { employers: { id: string }[] }).employers.map((e) => e.id);
      if (who === 'reviewer') expect(ids).not.toContain(ctx.ids.beta);
      if (who === 'reviewer') expect(ids).toContain(ctx.ids.gamma);
      if (who === 'admin') expect(ids).toContain(ctx.ids.beta);
    },
  },
  'POST /api/v1/employers/:id/verify': {
    row: employerDecision,
    build: async (ctx, t) => ({ url: `/api/v1/employers/${await pendingEmployer(ctx, t)}/verify`, body: {} }),
  },
  'POST /api/v1/employers/:id/reject': {
    row: employerDecision,
    build: async (ctx, t) => ({
      url: `/api/v1/employers/${await pendingEmployer(ctx, t)}/reject`,
      body: { reason: '材料不全' },
    }),
  },
  'GET /api/v1/holders': {
    row: { ...adminOnly, hr: 'ok', reviewer: 'ok' },
    scoped: (res, ctx, _t, who) => {
      const ids = (res.json() as { holders: { id: string }[] }).holders.map((x) => x.id);
      if (who === 'hr' || who === 'reviewer') {
        expect(ids).toContain(ctx.ids.wangFang);
        expect(ids).not.toContain(ctx.ids.zhaoMin);
      }
      if (who === 'admin') expect(ids).toContain(ctx.ids.zhaoMin);
    },
  },
  'GET /api/v1/holders/:id': {
    row: holderRecord,
    build: (c, t, w) => ({ url: `/api/v1/holders/${ownHolder(c, t, w)}` }),
  },
  'GET /api/v1/me/holder': {
    row: { ...adminOnly, admin: 403, holder: 'ok' },
    scoped: (res, ctx) => expect((res.json() as { holder: { id: string } }).holder.id).toBe(ctx.ids.liMing),
  },
  'POST /api/v1/holders/:id/reveal': {
    row: holderRecord,
    build: (c, t, w) => ({
      url: `/api/v1/holders/${ownHolder(c, t, w)}/reveal`,
      body: { field: 'residentId', reason: '核对身份' },
    }),
  },
  'GET /api/v1/users': { row: adminOnly },
  'POST /api/v1/users': {
    row: adminOnly,
    build: () => ({
      url: '/api/v1/users',
      body: {
        username: `c.${Math.random().toString(36).slice(2, 10)}`,
        displayName: '顾问',
        password: 'Lujiazui@Ferry-26',
        role: 'consultant',
      },
    }),
  },
  'POST /api/v1/users/:id/sessions/revoke': {
    row: adminOnly,
    build: (c) => ({ url: `/api/v1/users/${c.ids.hrBeta}/sessions/revoke` }),
  },
  'GET /api/v1/audit': { row: adminOnly },
  'GET /api/v1/audit/verify': { row: adminOnly },
};
