import { randomUUID } from 'node:crypto';
import { shanghaiDate } from '../../src/clock.ts';
import { adminOnly, everyone, type Ctx, type Row, type Rule, type Tenant } from './types.ts';

/** Issue #12: the verifiable points notice and the failed-SMS page. */

/**
 * An approved application with an issued notice: own = 李明's (浦东, the
 * reviewer's district), other = 赵敏's (徐汇).
 */
async function approvedWithNotice(ctx: Ctx, t: Tenant): Promise<string> {
  const { db, clock } = ctx.h;
  const holderId = t === 'other' ? ctx.ids.zhaoMin! : ctx.ids.liMing!;
  const h = await db.one<{ employer_id: string }>('SELECT employer_id FROM holders WHERE id = $1', [holderId]);
  const hr = await db.one<{ id: string }>("SELECT id FROM users WHERE role = 'hr' AND employer_id = $1 LIMIT 1", [
    h.employer_id,
  ]);
  const id = randomUUID();
  await db.query(
    `INSERT INTO applications (id, holder_id, employer_id, kind, state, created_by, created_at, updated_at, idempotency_key, notice_issued_on)
     VALUES ($1, $2, $3, 'first_application', 'approved', $4, $5, $5, $6, $7)`,
    [id, holderId, h.employer_id, hr.id, clock.now(), `matrix-${id}`, shanghaiDate(clock.now())],
  );
  return id;
}

/** A failed SMS on one of 李明's applications, for the resend route. */
async function failedSms(ctx: Ctx): Promise<string> {
  const { db, clock, pii } = ctx.h;
  const appId = await approvedWithNotice(ctx, 'own');
  const id = randomUUID();
  await db.query(
    `INSERT INTO outbox (id, application_id, intent_index, channel, recipient_mobile_enc, recipient_mobile_masked, template, params, text_zh, text_en,
       status, attempts, last_error, failure_code, created_at, failed_at)
     VALUES ($1, $2, 0, 'sms', $3, '138****5678', 'approved', '{"applicationNo":"JF-2026-000001"}', '审核通过', 'Approved',
       'failed', 1, 'isv.MOBILE_NUMBER_ILLEGAL: 非法手机号', 'isv.MOBILE_NUMBER_ILLEGAL', $4, $4)`,
    [id, appId, pii.encrypt('outbox.mobile', '13812345678'), clock.now()],
  );
  return id;
}

const revokers: Row = {
  anonymous: 401,
  holder: 403,
  hr: 403,
  clerk: 403,
  reviewer: ['ok', 404],
  consultant: 403,
  admin: 'ok',
};

export const NOTICE_RULES: Record<string, Rule> = {
  'GET /.well-known/jifen-notice-key': { row: everyone },
  // Public: any code gets an answer (a made-up one: forged), never 401/403.
  'GET /api/v1/public/notices/:code': {
    row: everyone,
    build: () => ({ url: '/api/v1/public/notices/eyJ2IjoxfQ.AAAA' }),
  },
  'POST /api/v1/applications/:id/notice/revocation': {
    row: revokers,
    build: async (ctx, t) => ({
      url: `/api/v1/applications/${await approvedWithNotice(ctx, t)}/notice/revocation`,
      body: { reason: 'correction' },
    }),
  },
  'GET /api/v1/admin/sms/failed': { row: adminOnly },
  'POST /api/v1/admin/sms/:id/resend': {
    row: adminOnly,
    build: async (ctx) => ({ url: `/api/v1/admin/sms/${await failedSms(ctx)}/resend` }),
  },
};
