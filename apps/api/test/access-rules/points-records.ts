import { onlyRoles, type Ctx, type Row, type Rule, type Tenant, type Who } from './types.ts';

/** Issue 13: the points record with its lifecycle history and reminders; scoped like the permit history. */
const recordRow: Row = {
  anonymous: 401,
  holder: ['ok', 404],
  hr: ['ok', 404],
  clerk: 'ok',
  reviewer: ['ok', 404],
  consultant: 403,
  admin: 'ok',
};
const ownHolder = (ctx: Ctx, t: Tenant, who: Who) =>
  t === 'other' ? ctx.ids.zhaoMin! : who === 'holder' ? ctx.ids.liMing! : ctx.ids.wangFang!;

export const POINTS_RECORD_RULES: Record<string, Rule> = {
  'GET /api/v1/points-records/mine': { row: onlyRoles('holder') },
  'GET /api/v1/holders/:id/points-record': {
    row: recordRow,
    build: (c, t, w) => ({ url: `/api/v1/holders/${ownHolder(c, t, w)}/points-record` }),
  },
};
