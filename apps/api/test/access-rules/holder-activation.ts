import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { shanghaiDate } from '../../src/clock.ts';
import { multipartBody } from '../support/multipart.ts';
import { everyone, onlyRoles, open, type Ctx, type Row, type Rule, type Tenant } from './types.ts';

/** Issue #10: the holder's activation by SMS and the signed paper confirmation. */

const hrOwn: Row = { ...onlyRoles('hr'), hr: ['ok', 404] };
const caseRecord: Row = {
  anonymous: 401,
  holder: ['ok', 404],
  hr: ['ok', 404],
  clerk: ['ok', 404],
  reviewer: ['ok', 404],
  consultant: 403,
  admin: 403,
};
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x01]);

/**
 * A draft dated by the harness clock. own: a holder of 示例科技 (浦东) —
 * 王芳 without an account, or 李明 with one; other: 赵敏 at 贝塔 (徐汇).
 */
async function draftFor(ctx: Ctx, t: Tenant, withAccount: boolean): Promise<string> {
  const { db, clock } = ctx.h;
  const holderId = t === 'other' ? ctx.ids.zhaoMin! : withAccount ? ctx.ids.liMing! : ctx.ids.wangFang!;
  const h = await db.one<{ employer_id: string }>('SELECT employer_id FROM holders WHERE id = $1', [holderId]);
  const hr = await db.one<{ id: string }>("SELECT id FROM users WHERE role = 'hr' AND employer_id = $1 LIMIT 1", [
    h.employer_id,
  ]);
  const id = randomUUID();
  // A holder has at most one open application (issue #11): an earlier row's draft makes way.
  await db.query(
    "UPDATE applications SET state = 'withdrawn' WHERE holder_id = $1 AND state NOT IN ('approved', 'rejected', 'withdrawn')",
    [holderId],
  );
  await db.query(
    `INSERT INTO applications (id, holder_id, employer_id, kind, state, created_by, created_at, updated_at, idempotency_key)
     VALUES ($1, $2, $3, 'first_application', 'draft', $4, $5, $5, $6)`,
    [id, holderId, h.employer_id, hr.id, clock.now(), `matrix-${id}`],
  );
  return id;
}

/** An open invitation for 赵敏 (no account), its token known to the caller. */
async function inviteToken(ctx: Ctx): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.h.clock.now();
  await ctx.h.db.query(
    `INSERT INTO holder_activation_invites (id, holder_id, token_hash, invited_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      randomUUID(),
      ctx.ids.zhaoMin,
      createHash('sha256').update(token).digest('hex'),
      ctx.ids.hrBeta,
      now,
      new Date(now.getTime() + 3_600_000),
    ],
  );
  return token;
}

/** A draft with a paper confirmation on file: own = 李明's (浦东), other = 赵敏's (徐汇). */
async function confirmedOnPaper(ctx: Ctx, t: Tenant): Promise<string> {
  const id = await draftFor(ctx, t, true);
  const { created_by } = await ctx.h.db.one<{ created_by: string }>(
    'SELECT created_by FROM applications WHERE id = $1',
    [id],
  );
  await ctx.h.db.query(
    `INSERT INTO paper_confirmations (id, application_id, holder_id, signed_on, recorded_by, recorded_at, scan_filename, scan_content_type, scan_bytes, scan_sha256, scan_enc)
     SELECT $1, a.id, a.holder_id, $2, $3, $4, 'scan.png', 'image/png', $5, $6, $7 FROM applications a WHERE a.id = $8`,
    [
      randomUUID(),
      shanghaiDate(ctx.h.clock.now()),
      created_by,
      ctx.h.clock.now(),
      PNG.length,
      'b'.repeat(64),
      ctx.h.pii.encrypt('paper_confirmations.scan', PNG.toString('base64')),
      id,
    ],
  );
  return id;
}

export const HOLDER_ACTIVATION_RULES: Record<string, Rule> = {
  'POST /api/v1/applications/:id/holder-invitation': {
    row: hrOwn,
    build: async (ctx, t) => ({ url: `/api/v1/applications/${await draftFor(ctx, t, false)}/holder-invitation` }),
  },
  'POST /api/v1/activation/check': {
    row: everyone,
    build: async (ctx) => ({ url: '/api/v1/activation/check', body: { token: await inviteToken(ctx) } }),
  },
  // Public; activating would spend a holder per call, so an unknown link: a coded 404, never 401/403.
  'POST /api/v1/activation': {
    row: open,
    build: () => ({
      url: '/api/v1/activation',
      body: { token: randomBytes(32).toString('base64url'), username: 'matrix.user', password: 'Matrix2026x' },
    }),
  },
  'POST /api/v1/applications/:id/paper-confirmation': {
    row: hrOwn,
    build: async (ctx, t) => {
      const id = await draftFor(ctx, t, false);
      const { payload, contentType } = multipartBody('scan.png', PNG, 'image/png');
      return {
        url: `/api/v1/applications/${id}/paper-confirmation?signedOn=${shanghaiDate(ctx.h.clock.now())}&expectedVersion=1`,
        rawBody: payload,
        headers: { 'content-type': contentType },
      };
    },
  },
  'GET /api/v1/applications/:id/paper-confirmation/scan': {
    row: caseRecord,
    build: async (ctx, t) => ({
      url: `/api/v1/applications/${await confirmedOnPaper(ctx, t)}/paper-confirmation/scan`,
    }),
  },
};
