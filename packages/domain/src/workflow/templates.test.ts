import { describe, expect, it } from 'vitest';
import { IN_APP_TEMPLATES, SMS_TEMPLATES, renderTemplate, type MessageTemplate } from './templates.ts';

const ALL: [string, MessageTemplate][] = [...Object.entries(SMS_TEMPLATES), ...Object.entries(IN_APP_TEMPLATES)];

const paramNamesIn = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];

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
    const params = { applicationId: 'A-7', dueDate: '2026-03-16', reasons: { zh: '个人信息有变更', en: 'personal data changed' } };
    expect(renderTemplate(SMS_TEMPLATES.review_started, params, 'zh')).toEqual({
      ok: true,
      value: '【积分】您的居住证积分申请（编号A-7）已受理，人才服务中心将于2026-03-16前完成审核，结果将短信通知。',
    });
    const inApp = renderTemplate(IN_APP_TEMPLATES.review_routed, params, 'en');
    expect(inApp.ok && inApp.value).toBe(
      'Application A-7 goes to the talent service centre for review: personal data changed. Decision due by 2026-03-16.',
    );
  });

  it('refuses to render with a parameter missing', () => {
    const r = renderTemplate(SMS_TEMPLATES.rejected, { applicationId: 'A-7' }, 'zh');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'APPLICATION.TEMPLATE_PARAM_MISSING', details: { missing: ['reason'] } });
  });
});
