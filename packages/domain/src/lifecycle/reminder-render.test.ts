import { describe, expect, it } from 'vitest';
import { policySet } from '@jifen/policies';
import { addDays } from '../dates/index.ts';
import { getPolicy } from '../policy/index.ts';
import { cycleStateOn, reminderOnDay, renderReminderOn } from './reminder-render.ts';
import { reminderDueOn, reminderRules } from './sweep.ts';

const found = getPolicy(policySet, 'sh-2026');
if (!found.ok) throw new Error('sh-2026 missing');
const policy = found.value;

/** Expiry V on a month end; every reminder of the cycle decided on V + n. */
const V = '2026-12-31';
const due = (kind: string) => reminderDueOn(reminderRules(policy).find((r) => r.kind === kind)!, V, policy);
const on = (kind: Parameters<typeof reminderOnDay>[0]['kind'], n: number) =>
  reminderOnDay({ kind, dueOn: due(kind), expiresOn: V }, addDays(V, n), policy);
const sent = (kind: Parameters<typeof reminderOnDay>[0]['kind'], n: number) => {
  const r = on(kind, n);
  if (!r.send) throw new Error(`${kind} on V${n >= 0 ? '+' : ''}${n} was skipped: ${r.reason.en}`);
  return r;
};

describe('a reminder is rendered on the day it is sent (issue 17)', () => {
  it('on its due day it says what it always said, with the days left filled in', () => {
    expect(sent('expiry_minus_7', -7).text.zh).toBe(
      '您的居住证及积分将于2026-12-31到期，还剩7天。请尽快签注居住证并续办积分。',
    );
    expect(sent('expiry_minus_7', -7).text.en).toContain('7 days left');
    expect(sent('window_opens', -30).text.zh).toContain('自2026-12-01起已进入最佳续办期（还剩30天）');
  });

  it('the day before expiry: 1 day left; the expiry day: the last day, never "还剩7天"', () => {
    expect(sent('expiry_minus_7', -1).text.zh).toContain('还剩1天');
    expect(sent('expiry_minus_7', -1).text.en).toContain('1 day left');
    const last = sent('expiry_minus_7', 0);
    expect(last.text.zh).toContain('今天是最后一天');
    expect(last.text.zh).not.toContain('还剩7天');
    expect(last.text.en).toContain('today is the last day');
    expect(sent('window_opens', 0).text.zh).toContain('今天是最后一天');
  });

  it('day 1 after expiry: the renewal-window reminders are no longer true and are skipped; the expiry notice is sent', () => {
    const late = on('expiry_minus_7', 1);
    expect(late.send).toBe(false);
    expect(late.state).toBe('grace');
    if (!late.send) {
      expect(late.reason.zh).toContain('2027-01-01');
      expect(late.reason.zh).toContain('逾期补办期');
      expect(late.reason.en).toContain('not sent');
    }
    expect(on('window_opens', 1).send).toBe(false);
    const after = sent('after_expiry', 1);
    expect(after.text.zh).toContain('自2027-01-01起暂停');
    expect(after.text.zh).toContain('逾期补办最后一天为2027-03-01（还剩59天）');
  });

  it('the expiry notice caught up weeks later says since when, not "from today"', () => {
    const r = sent('after_expiry', 30);
    expect(r.text.zh).toContain('自2027-01-01起暂停');
    expect(r.text.zh).not.toContain('今日');
    expect(r.text.en).toContain('Suspended since 2027-01-01');
    expect(r.text.zh).toContain('还剩30天');
  });

  it('day 60: the last day of late renewal, still true; day 61: the clearing reminder is skipped, the cleared one is sent', () => {
    const d60 = sent('before_clearing', 60);
    expect(d60.text.zh).toContain('2027-03-02清零');
    expect(d60.text.zh).toContain('今天是最后一天');
    expect(on('before_clearing', 61).send).toBe(false);
    expect(on('after_expiry', 61).send).toBe(false);
    const cleared = sent('cleared', 61);
    expect(cleared.text.zh).toContain('积分已于2027-03-02清零');
    expect(cleared.text.zh).toContain('还剩29天');
  });

  it('day 90: the last day the permit can be endorsed; day 91: every reminder of the cycle is skipped', () => {
    expect(sent('before_lapse', 84).text.zh).toContain('还剩6天');
    const d90 = sent('before_lapse', 90);
    expect(d90.text.zh).toContain('自2027-04-01起不能再签注');
    expect(d90.text.zh).toContain('今天是最后一天');
    expect(sent('cleared', 90).text.zh).toContain('今天是最后一天');
    for (const kind of [
      'before_lapse',
      'cleared',
      'before_clearing',
      'after_expiry',
      'expiry_minus_7',
      'window_opens',
    ] as const) {
      const r = on(kind, 91);
      expect(r.send, kind).toBe(false);
      expect(r.state).toBe('permit_lapsed');
    }
  });

  it('never sends before its day, and every {key} of a text is filled in', () => {
    expect(on('expiry_minus_7', -8).send).toBe(false);
    for (const rule of reminderRules(policy)) {
      const r = sent(rule.kind, Number((Date.parse(due(rule.kind)) - Date.parse(V)) / 86_400_000));
      for (const s of [r.title.zh, r.title.en, r.text.zh, r.text.en]) expect(s).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('rendered words are remembered per policy version, rule and days (issue 20)', () => {
  const rule = reminderRules(policy).find((r) => r.kind === 'expiry_minus_7')!;

  it('the same rule, expiry and sending day give the very same words; another day gives its own', () => {
    const first = renderReminderOn(rule, V, addDays(V, -7), policy);
    expect(renderReminderOn(rule, V, addDays(V, -7), policy)).toBe(first);
    expect(Object.isFrozen(first.text)).toBe(true);
    expect(renderReminderOn(rule, V, addDays(V, -1), policy).text.zh).toContain('还剩1天');
    expect(renderReminderOn(rule, '2027-01-31', '2027-01-24', policy).text.zh).toContain('2027-01-31');
  });

  it('a policy version with other words is rendered with its own, never from the remembered ones', () => {
    const before = renderReminderOn(rule, V, addDays(V, -7), policy);
    const reworded = structuredClone(policy);
    const itsRule = reminderRules(reworded).find((r) => r.kind === 'expiry_minus_7')!;
    itsRule.text = { zh: '新措辞：{expiry}到期', en: 'New words: expires {expiry}' };
    expect(renderReminderOn(itsRule, V, addDays(V, -7), reworded).text.zh).toBe('新措辞：2026-12-31到期');
    expect(renderReminderOn(rule, V, addDays(V, -7), policy)).toBe(before);
  });
});

describe('the state that applies to a points cycle, since when, by which rule', () => {
  const cycle = { validFrom: '2026-01-01', expiresOn: V };
  it.each([
    [-31, 'valid', '2026-01-01', 'L-1'],
    [-30, 'renewal_window', '2026-12-01', 'L-2'],
    [0, 'renewal_window', '2026-12-01', 'L-2'],
    [1, 'grace', '2027-01-01', 'L-3'],
    [60, 'grace', '2027-01-01', 'L-3'],
    [61, 'points_cleared', '2027-03-02', 'L-4'],
    [90, 'points_cleared', '2027-03-02', 'L-4'],
    [91, 'permit_lapsed', '2027-04-01', 'L-5'],
  ])('V%+d: %s since %s (%s)', (n, state, since, ruleId) => {
    expect(cycleStateOn(cycle, addDays(V, n), policy)).toEqual({ state, since, ruleId });
  });

  it('a cycle approved inside the renewal window is in it since its approval, not before it began', () => {
    expect(cycleStateOn({ validFrom: '2026-12-20', expiresOn: V }, '2026-12-24', policy)).toEqual({
      state: 'renewal_window',
      since: '2026-12-20',
      ruleId: 'L-2',
    });
  });
});
