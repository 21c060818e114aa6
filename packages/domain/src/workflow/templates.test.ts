import { msg } from '@jifen/messages/notifications';
import { describe, expect, it } from 'vitest';
import {
  IN_APP_TEMPLATES,
  SMS_TEMPLATES,
  renderTemplate,
  withoutTrailingStop,
  type MessageTemplate,
} from './templates.ts';

const ALL: [string, MessageTemplate][] = [...Object.entries(SMS_TEMPLATES), ...Object.entries(IN_APP_TEMPLATES)];

const paramNamesIn = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))];

describe('message templates', () => {
  it.each(ALL)('%s declares exactly the parameters its zh and en texts use', (_id, t) => {
    expect(paramNamesIn(t.text.zh)).toEqual([...t.params]);
    expect(paramNamesIn(t.text.en).sort()).toEqual([...t.params].sort());
  });

  it.each(Object.entries(SMS_TEMPLATES))('SMS %s carries the signature first', (_id, t) => {
    expect(t.channel).toBe('sms');
    expect(t.text.zh.startsWith('【积分】')).toBe(true);
    expect(t.text.en.startsWith('[Jifen] ')).toBe(true);
  });

  it('renders in either language, with bilingual parameters picked by language', () => {
    const params = {
      applicationNo: 'A-7',
      dueDate: '2026-03-16',
      reasons: { zh: '个人信息有变更', en: 'personal data changed' },
    };
    expect(renderTemplate(SMS_TEMPLATES.review_started, params, 'zh')).toEqual({
      ok: true,
      value: '【积分】您的居住证积分申请（编号A-7）已受理，人才服务中心将于2026-03-16前完成审核，结果将短信通知。',
    });
    const inApp = renderTemplate(IN_APP_TEMPLATES.review_routed, params, 'en');
    expect(inApp.ok && inApp.value).toBe(
      'Application A-7 goes to the talent service centre for review: personal data changed. Decision due by 2026-03-16.',
    );
  });

  it('reads its texts from the catalog, placeholders as i18next writes them', () => {
    expect(SMS_TEMPLATES.approved.text).toEqual(
      msg('notifications.sms.approved', { applicationNo: '{{applicationNo}}' }),
    );
    expect(IN_APP_TEMPLATES.withdrawn.text.en).toBe('Application {{applicationNo}} was withdrawn.');
  });

  it('fills a value in as given, never read again as a placeholder (the outbox keeps its link marker)', () => {
    const r = renderTemplate(
      SMS_TEMPLATES.activation_invite,
      { applicationNo: 'A-7', expiresOn: '2026-12-04', activationLink: '{activationLink}' },
      'en',
    );
    expect(r.ok && r.value).toContain('open {activationLink} to set your password');
  });

  it('refuses to render with a parameter missing', () => {
    const r = renderTemplate(SMS_TEMPLATES.rejected, { applicationNo: 'A-7' }, 'zh');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatchObject({ code: 'APPLICATION.TEMPLATE_PARAM_MISSING', details: { missing: ['reason'] } });
  });
});

/** Issue #10: "。。" in messages, from a reason that ends with its own full stop. */
describe('no doubled full stops in a rendered message', () => {
  // Every parameter as people type them: with a closing stop (or several), in both scripts.
  const punctuated = { zh: '材料不全，请补交劳动合同。', en: 'The labour contract is missing.' };
  const params = {
    applicationNo: 'JF2026-000123',
    dueDate: '2026-03-16',
    reason: '缺少退工单。',
    reasons: punctuated,
    expiresOn: '2026-12-04',
    activationLink: 'https://x/activate#t',
    year: '2027',
    summary: punctuated,
    employerName: '上海贝塔信息技术有限公司',
    date: '2026-12-06',
  };

  it.each(ALL)('%s renders without "。。" or ".." in zh and en', (_id, t) => {
    for (const lang of ['zh', 'en'] as const) {
      const r = renderTemplate(t, params, lang);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.value).not.toMatch(/。。|\.\.|。；|\.;/);
    }
  });

  it("keeps the reason itself and the template's own stop", () => {
    const r = renderTemplate(
      SMS_TEMPLATES.rejected,
      { applicationNo: 'JF2026-000001', reason: '学历证明无效。。' },
      'zh',
    );
    expect(r.ok && r.value).toBe(
      '【积分】您的居住证积分申请JF2026-000001未通过审核，原因：学历证明无效。如有疑问请联系单位人事专员或区人才服务中心。',
    );
    const en = renderTemplate(
      IN_APP_TEMPLATES.decision_rejected,
      { applicationNo: 'JF2026-000001', reason: 'Diploma not valid.' },
      'en',
    );
    expect(en.ok && en.value).toBe('Application JF2026-000001 was rejected: Diploma not valid.');
  });

  it('keeps the stop of a value the template does not punctuate after', () => {
    const r = renderTemplate(
      IN_APP_TEMPLATES.transfer_requested,
      { employerName: 'Acme Co.', date: '2026-12-06', expiresOn: '2026-12-20' },
      'en',
    );
    expect(r.ok && r.value).toMatch(/^Acme Co\. asked on 2026-12-06/);
  });

  it('joins the routing reasons without their own stops', () => {
    expect(withoutTrailingStop('个人信息有变更。')).toBe('个人信息有变更');
    expect(withoutTrailingStop('Why?')).toBe('Why?');
  });
});
