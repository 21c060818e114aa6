import { describe, expect, it } from 'vitest';
import sh2018 from '../../../../policies/versions/sh-2018.json' with { type: 'json' };
import sh2026 from '../../../../policies/versions/sh-2026.json' with { type: 'json' };
import { averageMonthlyWage, getPolicy, loadPolicySet, selectPolicy, type RawPolicySet } from './index.ts';

const calendar2026 = {
  year: 2026,
  notices: [
    {
      number: '国办发明电〔2025〕7号',
      title: '国务院办公厅关于2026年部分节假日安排的通知',
      date: '2025-11-04',
      url: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
    },
  ],
  holidays: [{ date: '2026-01-01', name: { zh: '元旦', en: "New Year's Day" } }],
  makeupWorkdays: [{ date: '2026-01-04', name: { zh: '元旦补班', en: "New Year's Day make-up workday" } }],
  source: 'test',
};
const wages = {
  region: 'shanghai',
  unit: 'CNY/month',
  description: 'test',
  years: [{ year: 2024, monthlyAverage: 12434, source: 'test source' }],
};
const raw = (over: Partial<RawPolicySet> = {}): RawPolicySet => ({
  versions: [sh2026, sh2018],
  calendars: [calendar2026],
  wages,
  ...over,
});

function loaded() {
  const r = loadPolicySet(raw());
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

describe('loadPolicySet (P-1)', () => {
  it('accepts the shipped versions and sorts them by effectiveFrom', () => {
    expect(loaded().versions.map((v) => v.id)).toEqual(['sh-2018', 'sh-2026']);
  });

  it('strips the source notes into plain parameter values', () => {
    const p = getPolicy(loaded(), 'sh-2026');
    expect(p.ok && p.value.params.lifecycle.graceDays).toBe(60);
    expect(p.ok && p.value.params.points.education.benke_bachelor).toBe(90);
    expect(p.ok && p.value.doc.lifecycle.graceDays.source).toContain('60天');
  });

  it.each([
    ['overlapping versions', { versions: [sh2026, { ...sh2018, effectiveTo: '2026-01-01' }] }, 'sh-2026'],
    ['an open-ended version followed by another', { versions: [{ ...sh2018, effectiveTo: null }, sh2026] }, 'sh-2018'],
    ['a duplicate id', { versions: [sh2026, { ...sh2018, id: 'sh-2026' }] }, 'sh-2026'],
    ['effectiveTo before effectiveFrom', { versions: [{ ...sh2018, effectiveTo: '2017-01-01' }] }, 'effectiveTo'],
    ['an impossible date', { versions: [{ ...sh2018, effectiveTo: '2025-02-30' }] }, 'effectiveTo'],
    ['no versions', { versions: [] }, 'no policy version'],
    [
      'a parameter without a source',
      { versions: [{ ...sh2026, materials: { ...sh2026.materials, contractMinMonths: { value: 12 } } }] },
      'materials.contractMinMonths.source',
    ],
    [
      'grace and clearing that do not meet',
      { versions: [{ ...sh2026, lifecycle: { ...sh2026.lifecycle, graceDays: { value: 50, source: 'test' } } }] },
      'graceDays',
    ],
    [
      'a calendar with a weekday make-up day',
      { calendars: [{ ...calendar2026, makeupWorkdays: [{ date: '2026-01-05', name: { zh: 'x', en: 'x' } }] }] },
      '2026-01-05',
    ],
    [
      'a calendar listing a date of another year',
      { calendars: [{ ...calendar2026, holidays: [{ date: '2025-12-31', name: { zh: 'x', en: 'x' } }] }] },
      '2025-12-31',
    ],
    ['the same calendar year twice', { calendars: [calendar2026, calendar2026] }, '2026'],
    ['a wage table listing a year twice', { wages: { ...wages, years: [...wages.years, ...wages.years] } }, '2024'],
    [
      'a wage without source',
      { wages: { ...wages, years: [{ year: 2024, monthlyAverage: 12434 }] } },
      'years.0.source',
    ],
  ])('rejects %s, naming it', (_label, over, named) => {
    const r = loadPolicySet(raw(over as Partial<RawPolicySet>));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toMatch(/^(POLICY|CALENDAR|WAGE)\.INVALID$/);
      expect(r.error.message.en).toContain(named);
      expect(r.error.message.zh.length).toBeGreaterThan(5);
    }
  });
});

describe('selectPolicy (P-1, P-2)', () => {
  it.each([
    ['2018-01-01', 'sh-2018'],
    ['2025-12-31', 'sh-2018'],
    ['2026-01-01', 'sh-2026'],
    ['2099-06-30', 'sh-2026'],
  ])('on %s selects %s', (asOf, id) => {
    const r = selectPolicy(loaded(), asOf);
    expect(r.ok && r.value.id).toBe(id);
  });

  it('before the first version: POLICY.NO_VERSION naming the date and the loaded versions', () => {
    const r = selectPolicy(loaded(), '2017-12-31');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('POLICY.NO_VERSION');
      expect(r.error.ruleId).toBe('P-2');
      expect(r.error.message.zh).toContain('2017-12-31');
      expect(r.error.message.en).toContain('sh-2018');
    }
  });

  it('getPolicy of an unknown id names it', () => {
    const r = getPolicy(loaded(), 'sh-1999');
    expect(!r.ok && r.error.message.en).toContain('sh-1999');
  });
});

describe('policy hash (P-3)', () => {
  it('is a SHA-256 hex string that differs between versions with different values', () => {
    const [a, b] = loaded().versions;
    expect(a?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a?.hash).not.toBe(b?.hash);
  });

  it('does not change with key order or source wording, and changes with any value', () => {
    const base = loaded().versions[1]!.hash;
    const reordered = Object.fromEntries(Object.entries(sh2026).reverse());
    const workflow = sh2026.workflow;
    const reworded = {
      ...sh2026,
      workflow: { ...workflow, reviewWorkingDays: { value: 20, source: 'other wording' } },
    };
    const changed = { ...sh2026, workflow: { ...workflow, reviewWorkingDays: { value: 21, source: 'other wording' } } };
    const hashOf = (v: unknown) => {
      const r = loadPolicySet(raw({ versions: [v] }));
      return r.ok ? r.value.versions[0]!.hash : r.error.message.en;
    };
    expect(hashOf(reordered)).toBe(base);
    expect(hashOf(reworded)).toBe(base);
    expect(hashOf(changed)).not.toBe(base);
  });
});

describe('wage table (S-9, P-2)', () => {
  it.each([
    [2024, true],
    [2025, false],
  ])('year %i present=%s', (year, present) => {
    const r = averageMonthlyWage(loaded().wages, year);
    expect(r.ok).toBe(present);
    if (r.ok) expect(r.value.monthlyAverage).toBe(12434);
    else {
      expect(r.error.code).toBe('WAGE.YEAR_MISSING');
      expect(r.error.message.zh).toContain(String(year));
      expect(r.error.message.en).toContain(String(year));
    }
  });
});
