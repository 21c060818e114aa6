import { expect } from 'vitest';
import { addDays, addYears, minDate } from '@jifen/domain';
import { shanghaiDate } from '../../src/clock.ts';
import { residentIdFrom } from '../../src/demo/check-chars.ts';
import { randomResidentId } from '../support/holder-fixtures.ts';
import { multipartBody } from '../support/multipart.ts';
import { holderIdByName } from '../support/fixtures.ts';
import { onlyRoles, type Ctx, type Row, type Rule, type Tenant, type Who } from './types.ts';

/** Issue #5: permits and endorsement (L-7), holder registration, claims and SI/tax records. */

/** Holder self, HR of the employer, reviewer of the district see their own; clerks city-wide; admin all. */
const permitHistoryRow: Row = {
  anonymous: 401,
  holder: ['ok', 404],
  hr: ['ok', 404],
  clerk: 'ok',
  reviewer: ['ok', 404],
  consultant: 403,
  admin: 'ok',
};

/** Holder self, HR of the employer, reviewer of the district; nobody else. */
const holderDataRow: Row = { ...permitHistoryRow, clerk: 403, admin: 403 };
/** HR of the holder's employer only. */
const hrOwnRow: Row = { ...onlyRoles('hr'), hr: ['ok', 404] };

const ownHolder = (ctx: Ctx, t: Tenant, who: Who) =>
  t === 'other' ? ctx.ids.zhaoMin! : who === 'holder' ? ctx.ids.liMing! : ctx.ids.wangFang!;

/** An endorsement dated today, renewing as far as the rules allow. */
async function endorsementCall(ctx: Ctx, t: Tenant) {
  const id = t === 'own' ? ctx.ids.wangFang! : ctx.ids.zhaoMin!;
  const { expires_on } = await ctx.h.db.one<{ expires_on: string }>(
    'SELECT max(expires_on)::text AS expires_on FROM permits WHERE holder_id = $1',
    [id],
  );
  const today = shanghaiDate(ctx.h.clock.now());
  // One period on, but no further than a period plus the renewal window after today (L-7).
  const newExpiresOn = minDate(addYears(expires_on, 1), addDays(addYears(today, 1), 30));
  return { url: `/api/v1/holders/${id}/endorsements`, body: { endorsedOn: today, newExpiresOn } };
}

/**
 * Issue 17, L-5: a newly issued permit for a holder whose permit lapsed. Set-up only: the holder's
 * permits are moved 1,000 days back, so that every call (each role, each tenant) meets a lapsed permit.
 */
async function newPermitCall(ctx: Ctx, t: Tenant) {
  const id = await holderIdByName(ctx.h.db, t === 'own' ? '杨磊' : '孙浩');
  await ctx.h.db.query(
    'UPDATE permits SET issued_on = issued_on - 1000, expires_on = expires_on - 1000 WHERE holder_id = $1',
    [id],
  );
  const today = shanghaiDate(ctx.h.clock.now());
  return {
    url: `/api/v1/holders/${id}/new-permits`,
    body: { permitNo: '沪居新0001', issuedOn: today, expiresOn: addDays(addYears(today, 1), -1) },
  };
}

const claimsVersion = async (ctx: Ctx, holderId: string) =>
  (await ctx.h.db.maybeOne<{ version: number }>('SELECT version FROM holder_claims WHERE holder_id = $1', [holderId]))
    ?.version ?? 0;
const hrHolder = (ctx: Ctx, t: Tenant) => (t === 'own' ? ctx.ids.wangFang! : ctx.ids.zhaoMin!);
const CSV = '月份 month,是否正常缴纳 paid\n2026-05,是\n';

export const PERMIT_HOLDER_DATA_RULES: Record<string, Rule> = {
  'GET /api/v1/permits/lookup': {
    row: onlyRoles('clerk'),
    build: (_c, t) => ({
      url: `/api/v1/permits/lookup?residentId=${residentIdFrom(t === 'own' ? '32058319880512002' : '33010619930114008')}`,
    }),
  },
  'GET /api/v1/holders/:id/permits': {
    row: permitHistoryRow,
    build: (c, t, w) => ({ url: `/api/v1/holders/${ownHolder(c, t, w)}/permits` }),
  },
  'POST /api/v1/holders/:id/endorsements': { row: onlyRoles('clerk'), build: (c, t) => endorsementCall(c, t) },
  'POST /api/v1/holders/:id/new-permits': { row: onlyRoles('clerk'), build: (c, t) => newPermitCall(c, t) },
  'POST /api/v1/holders': {
    row: onlyRoles('hr'),
    build: () => ({
      url: '/api/v1/holders',
      body: {
        name: '矩阵',
        residentId: randomResidentId(),
        mobile: '13600009999',
        username: `h.m${Math.random().toString(36).slice(2, 9)}`,
        initialPassword: 'Lujiazui@Ferry-26',
      },
    }),
  },
  'GET /api/v1/holders/:id/claims': {
    row: holderDataRow,
    build: (c, t, w) => ({ url: `/api/v1/holders/${ownHolder(c, t, w)}/claims` }),
  },
  'GET /api/v1/holders/:id/records': {
    row: holderDataRow,
    build: (c, t, w) => ({ url: `/api/v1/holders/${ownHolder(c, t, w)}/records` }),
  },
  // Issue #10: the holder reads their own claims before confirming them.
  'GET /api/v1/me/claims': {
    row: onlyRoles('holder'),
    scoped: (res, ctx) => expect((res.json() as { claims: { holderId: string } }).claims.holderId).toBe(ctx.ids.liMing),
  },
  'PUT /api/v1/me/claims': {
    row: onlyRoles('holder'),
    build: async (c) => ({
      url: '/api/v1/me/claims',
      body: { claims: { education: 'benke_bachelor' }, expectedVersion: await claimsVersion(c, c.ids.liMing!) },
    }),
  },
  'POST /api/v1/me/claims/confirm': {
    row: onlyRoles('holder'),
    build: async (c) => ({
      url: '/api/v1/me/claims/confirm',
      body: { version: await claimsVersion(c, c.ids.liMing!) },
    }),
  },
  'PUT /api/v1/holders/:id/claims': {
    row: hrOwnRow,
    build: async (c, t) => ({
      url: `/api/v1/holders/${hrHolder(c, t)}/claims`,
      body: { claims: { education: 'master' }, expectedVersion: await claimsVersion(c, hrHolder(c, t)) },
    }),
  },
  'PUT /api/v1/holders/:id/records': {
    row: hrOwnRow,
    build: (c, t) => ({
      url: `/api/v1/holders/${hrHolder(c, t)}/records`,
      body: { months: [{ month: '2026-05', paid: true }] },
    }),
  },
  'POST /api/v1/holders/:id/records/import': {
    row: hrOwnRow,
    build: (c, t) => {
      const { payload, contentType } = multipartBody('records.csv', CSV);
      return {
        url: `/api/v1/holders/${hrHolder(c, t)}/records/import`,
        rawBody: payload,
        headers: { 'content-type': contentType },
      };
    },
  },
  'GET /api/v1/records/template.csv': { row: onlyRoles('hr', 'holder') },
  'GET /api/v1/records/template.xlsx': { row: onlyRoles('hr', 'holder') },
};
