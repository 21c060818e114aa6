import { randomUUID } from 'node:crypto';
import { SMS_TEMPLATES, renderTemplate } from '@jifen/domain';
import type { Sql } from '../adapters/db/sql.ts';
import type { Clock } from '../clock.ts';
import { maskMobile, type PiiCipher } from '../security/pii.ts';

/**
 * Issue #12: one SMS the provider refused for good (a mobile number the
 * carrier does not know), so the administrators' failed-SMS page shows a
 * row with its reason on the demo's first day, ready to be resent.
 */
export async function seedFailedSms(q: Sql, deps: { clock: Clock; pii: PiiCipher }): Promise<void> {
  // Addressed to the HR specialist who made 李明's earlier application, at a mistyped contact number (10 digits).
  const app = await q.maybeOne<{ id: string; hr_user_id: string }>(
    `SELECT a.id, a.created_by AS hr_user_id FROM applications a JOIN holders h ON h.id = a.holder_id
     WHERE h.name = '李明' AND a.state = 'approved' ORDER BY a.created_at LIMIT 1`,
  );
  if (!app) return;
  const params = { applicationNo: 'JF-2025-000001' };
  const zh = renderTemplate(SMS_TEMPLATES.visit_required, params, 'zh');
  const en = renderTemplate(SMS_TEMPLATES.visit_required, params, 'en');
  if (!zh.ok || !en.ok) return;
  const mobile = '1380013800';
  const at = deps.clock.now();
  await q.query(
    `INSERT INTO outbox (id, application_id, intent_index, channel, rule_id, recipient_user_id, recipient_mobile_enc, recipient_mobile_masked,
       template, params, text_zh, text_en, status, attempts, last_error, failure_code, created_at, failed_at)
     VALUES ($1, $2, 0, 'sms', 'R-2', $3, $4, $5, 'visit_required', $6, $7, $8, 'failed', 1, $9, 'isv.MOBILE_NUMBER_ILLEGAL', $10, $10)`,
    [
      randomUUID(),
      app.id,
      app.hr_user_id,
      deps.pii.encrypt('outbox.mobile', mobile),
      maskMobile(mobile),
      JSON.stringify(params),
      zh.value,
      en.value,
      'isv.MOBILE_NUMBER_ILLEGAL: 非法手机号（演示数据）',
      at,
    ],
  );
}
