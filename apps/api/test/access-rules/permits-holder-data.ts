import { addYears } from '@jifen/domain';
import { shanghaiDate } from '../../src/clock.ts';
import { residentIdFrom } from '../../src/demo/check-chars.ts';
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

const ownHolder = (ctx: Ctx, t: Tenant, who: Who) =>
  t === 'other' ? ctx.ids.zhaoMin! : who === 'holder' ? ctx.ids.liMing! : ctx.ids.wangFang!;

/** An endorsement one permit period on from the holder's current expiry, dated today. */
async function endorsementCall(ctx: Ctx, t: Tenant) {
  const id = t === 'own' ? ctx.ids.wangFang! : ctx.ids.zhaoMin!;
  const { expires_on } = await ctx.h.db.one<{ expires_on: string }>(
    'SELECT max(expires_on)::text AS expires_on FROM permits WHERE holder_id = $1',
    [id],
  );
  return { url: `/api/v1/holders/${id}/endorsements`, body: { endorsedOn: shanghaiDate(ctx.h.clock.now()), newExpiresOn: addYears(expires_on, 1) } };
}

export const PERMIT_HOLDER_DATA_RULES: Record<string, Rule> = {
  'GET /api/v1/permits/lookup': {
    row: onlyRoles('clerk'),
    build: (_c, t) => ({ url: `/api/v1/permits/lookup?residentId=${residentIdFrom(t === 'own' ? '32058319880512002' : '33010619930114008')}` }),
  },
  'GET /api/v1/holders/:id/permits': { row: permitHistoryRow, build: (c, t, w) => ({ url: `/api/v1/holders/${ownHolder(c, t, w)}/permits` }) },
  'POST /api/v1/holders/:id/endorsements': { row: onlyRoles('clerk'), build: (c, t) => endorsementCall(c, t) },
};
