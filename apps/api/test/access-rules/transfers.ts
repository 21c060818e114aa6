import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { shanghaiDate } from '../../src/clock.ts';
import { holderWithPermit } from '../support/holder-fixtures.ts';
import { multipartBody } from '../support/multipart.ts';
import { onlyRoles, type Ctx, type Row, type Rule, type Tenant, type Who } from './types.ts';

/** Issue 17: transfer requests, HR of the requesting employer only; the holder's own requests, the holder only. */
const hrOwn: Row = { ...onlyRoles('hr'), hr: ['ok', 404] };
const holderOwn: Row = { ...onlyRoles('holder'), holder: ['ok', 404] };
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x01]);
const ACME = '上海示例科技有限公司';

const acmeId = async (ctx: Ctx) =>
  (await ctx.h.db.one<{ employer_id: string }>("SELECT employer_id FROM users WHERE username = 'hr.acme'")).employer_id;
const betaName = async (ctx: Ctx) =>
  (await ctx.h.db.one<{ name: string }>('SELECT name FROM employers WHERE id = $1', [ctx.ids.beta])).name;

/** A pending request (or one accepted with a scan) written directly: own = to 示例科技 for a fresh 贝塔 holder, other = the reverse. */
async function transferFor(
  ctx: Ctx,
  t: Tenant,
  opts: { accepted?: boolean; holderId?: string; to?: string } = {},
): Promise<string> {
  const { db, clock, pii } = ctx.h;
  const to = opts.to ?? (t === 'own' ? await acmeId(ctx) : ctx.ids.beta!);
  const holderId =
    opts.holderId ?? (await holderWithPermit(ctx.h, '2027-06-30', t === 'own' ? await betaName(ctx) : ACME));
  const by = (await db.one<{ id: string }>("SELECT id FROM users WHERE role = 'hr' AND employer_id = $1 LIMIT 1", [to]))
    .id;
  const id = randomUUID();
  const now = clock.now();
  await db.query(
    `INSERT INTO holder_transfers (id, holder_id, to_employer_id, requested_name, requested_by, requested_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
    [id, holderId, to, to === ctx.ids.beta ? '矩阵乙' : '矩阵甲', by, now, new Date(now.getTime() + 86_400_000)],
  );
  if (opts.accepted) {
    await db.query(
      `UPDATE holder_transfers SET state = 'accepted', decided_at = $2, consent_method = 'paper', effective_on = $3, paper_signed_on = $3,
         paper_scan_filename = 'c.png', paper_scan_content_type = 'image/png', paper_scan_bytes = $4, paper_scan_sha256 = repeat('c', 64), paper_scan_enc = $5
       WHERE id = $1`,
      [id, now, shanghaiDate(now), PNG.length, pii.encrypt('holder_transfers.paper_scan', PNG.toString('base64'))],
    );
  }
  return id;
}

/** A pending request for 李明 (holder.li, own: to his own employer, so accepting moves nothing) or 赵敏 (other). */
async function holderRequest(ctx: Ctx, t: Tenant, who: Who): Promise<string> {
  if (who !== 'holder') return randomUUID();
  const holderId = t === 'own' ? ctx.ids.liMing! : ctx.ids.zhaoMin!;
  const to = await acmeId(ctx);
  await ctx.h.db.query("UPDATE holder_transfers SET state = 'declined' WHERE holder_id = $1 AND state = 'pending'", [
    holderId,
  ]);
  return transferFor(ctx, t, { holderId, to });
}

export const TRANSFER_RULES: Record<string, Rule> = {
  'GET /api/v1/transfers': {
    row: onlyRoles('hr'),
    // Requests to 贝塔 are named 矩阵乙: none may show in 示例科技's list.
    scoped: (res) => expect(res.body).not.toContain('矩阵乙'),
  },
  'GET /api/v1/transfers/:id': {
    row: hrOwn,
    build: async (c, t) => ({ url: `/api/v1/transfers/${await transferFor(c, t)}` }),
  },
  'POST /api/v1/transfers/:id/holder-invitation': {
    row: hrOwn,
    build: async (c, t) => ({ url: `/api/v1/transfers/${await transferFor(c, t)}/holder-invitation` }),
  },
  'POST /api/v1/transfers/:id/paper-consent': {
    row: hrOwn,
    build: async (c, t) => {
      const { payload, contentType } = multipartBody('consent.png', PNG, 'image/png');
      return {
        url: `/api/v1/transfers/${await transferFor(c, t)}/paper-consent?signedOn=${shanghaiDate(c.h.clock.now())}`,
        rawBody: payload,
        headers: { 'content-type': contentType },
      };
    },
  },
  'GET /api/v1/transfers/:id/paper-consent/scan': {
    row: hrOwn,
    build: async (c, t) => ({
      url: `/api/v1/transfers/${await transferFor(c, t, { accepted: true })}/paper-consent/scan`,
    }),
  },
  'GET /api/v1/me/transfers': { row: onlyRoles('holder') },
  'POST /api/v1/me/transfers/:id/accept': {
    row: holderOwn,
    build: async (c, t, w) => ({ url: `/api/v1/me/transfers/${await holderRequest(c, t, w)}/accept` }),
  },
  'POST /api/v1/me/transfers/:id/decline': {
    row: holderOwn,
    build: async (c, t, w) => ({ url: `/api/v1/me/transfers/${await holderRequest(c, t, w)}/decline` }),
  },
};
