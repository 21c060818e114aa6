import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isWorkday } from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { addDays, calendarYears, isWorkingDay, workingDaysInYear } from '@jifen/domain';
import { policySet } from './index.ts';

// D-1: every shipped calendar agrees day by day with two independent data sets.
const require = createRequire(import.meta.url);
const holidayCalendarDir = join(dirname(require.resolve('holiday-calendar/package.json')), 'data/CN');

/** Special days of holiday-calendar, all files merged: a notice can set days of the year before (2018-12-29 for 2019). */
function holidayCalendarDays(fromYear: number, toYear: number): Map<string, boolean> {
  const days = new Map<string, boolean>();
  for (let year = fromYear; year <= toYear; year++) {
    const doc = JSON.parse(readFileSync(join(holidayCalendarDir, `${year}.json`), 'utf8')) as {
      dates: { date: string; type: 'public_holiday' | 'transfer_workday' }[];
    };
    for (const d of doc.dates) days.set(d.date, d.type === 'transfer_workday');
  }
  return days;
}

/**
 * Days where holiday-calendar 1.3.3 contradicts the notice text (it misses
 * make-up days set in the previous year's notice or invents make-up days);
 * chinese-days and our files follow the notice. Each entry quotes it.
 */
const HOLIDAY_CALENDAR_ERRATA: Record<string, string> = {
  '2007-12-29': '2008 notice: 12月29日(星期六)上班',
  '2007-12-31': '2008 notice: 12月29日(星期六)公休日调至12月31日(星期一)',
  '2008-05-04': '2008 notice: 5月4日(星期日)上班',
  '2008-06-07': '2008 notice: 6月7日(星期六)照常公休',
  '2008-09-13': '2008 notice: 9月13日(星期六)为公休日',
  '2009-01-04': '2009 notice: 1月4日(星期日)上班',
  '2009-09-27': '2009 notice: 9月27日(星期日)、10月10日(星期六)上班',
  '2011-12-31': '2012 notice: 2011年12月31日(星期六)上班',
  '2015-01-04': '2015 notice: 1月4日(星期日)上班',
  '2016-04-02': '2016 notice: 清明节4月4日放假，与周末连休 (no make-up day)',
  '2018-06-16': '2018 notice: 端午节6月18日放假，与周末连休 (no make-up day)',
  '2018-09-22': '2018 notice: 中秋节9月24日放假，与周末连休 (no make-up day)',
};

const cal = policySet.calendar;
const years = calendarYears(cal);
const special = holidayCalendarDays(years[0]!, years.at(-1)!);

describe('shipped calendars (D-1)', () => {
  it('cover 2006 to 2026 without gaps', () => {
    expect(years[0]).toBe(2006);
    expect(years.at(-1)).toBe(2026);
    expect(years.length).toBe(2026 - 2006 + 1);
  });

  it.each(years)('%i agrees with chinese-days and holiday-calendar on every day', (year) => {
    const disagreements: string[] = [];
    for (let date = `${year}-01-01`; date.startsWith(`${year}-`); date = addDays(date, 1)) {
      const ours = isWorkingDay(cal, date);
      if (!ours.ok) throw new Error(ours.error.message.en);
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      const theirs = special.get(date) ?? (weekday !== 0 && weekday !== 6);
      if (ours.value !== isWorkday(date)) disagreements.push(`${date} chinese-days`);
      if (ours.value !== theirs && !HOLIDAY_CALENDAR_ERRATA[date]) disagreements.push(`${date} holiday-calendar`);
      if (ours.value === theirs && HOLIDAY_CALENDAR_ERRATA[date])
        disagreements.push(`${date} erratum no longer needed`);
    }
    expect(disagreements).toEqual([]);
  });

  it.each([2025, 2026])('%i has 248 working days', (year) => {
    const r = workingDaysInYear(cal, year);
    expect(r.ok && r.value).toBe(248);
  });

  it('names the State Council notice of 2025 and 2026 as rules.md D-1 does', () => {
    const notice = (y: number) => cal.years.get(y)?.doc.notices[0];
    expect(notice(2025)).toMatchObject({ number: '国办发明电〔2024〕12号', date: '2024-11-12' });
    expect(notice(2026)).toMatchObject({ date: '2025-11-04' });
  });
});

describe('shipped policy set', () => {
  it('loads both versions, contiguous from 2018', () => {
    expect(policySet.versions.map((v) => [v.id, v.effectiveFrom, v.effectiveTo])).toEqual([
      ['sh-2018', '2018-01-01', '2025-12-31'],
      ['sh-2026', '2026-01-01', null],
    ]);
  });

  it('differs between versions exactly in the two readings the measures and the seed disagree on (and the reminders jifen adds from sh-2026)', () => {
    const [v2018, v2026] = policySet.versions;
    expect(v2018?.params.lifecycle.graceKeepsHoldingYears).toBe(true);
    expect(v2026?.params.lifecycle.graceKeepsHoldingYears).toBe(false);
    expect(v2018?.params.compliance.generalCrimeEffect).toBe('deduct');
    expect(v2026?.params.compliance.generalCrimeEffect).toBe('clear');
    const strip = (p: unknown) => JSON.parse(JSON.stringify(p)) as { lifecycle: object; compliance: object };
    const a = strip(v2018?.params);
    const b = strip(v2026?.params);
    Object.assign(a.lifecycle, { graceKeepsHoldingYears: null });
    Object.assign(b.lifecycle, { graceKeepsHoldingYears: null });
    Object.assign(a.compliance, { generalCrimeEffect: null });
    Object.assign(b.compliance, { generalCrimeEffect: null });
    // Reminders (issue #13) are jifen's own service settings, not a reading of the measures: shipped from sh-2026 on.
    expect(v2018?.params.lifecycle.reminders).toBeUndefined();
    expect(v2026?.params.lifecycle.reminders?.length).toBe(6);
    Reflect.deleteProperty(b.lifecycle, 'reminders');
    expect(a).toEqual(b);
  });

  it.each([
    ['lifecycle', 'renewalWindowDays', 30],
    ['lifecycle', 'graceDays', 60],
    ['lifecycle', 'permitReapplyAfterDays', 90],
    ['lifecycle', 'permitSyncWorkingDays', 3],
    ['workflow', 'reviewWorkingDays', 20],
    ['compliance', 'siMinMonthsLastYear', 6],
    ['points', 'standardScore', 120],
  ] as const)('sh-2026 %s.%s = %i (rules.md default)', (section, key, value) => {
    const params = policySet.versions[1]!.params as unknown as Record<string, Record<string, unknown>>;
    expect(params[section]?.[key]).toBe(value);
  });

  it('every parameter carries a source note of substance', () => {
    for (const v of policySet.versions) {
      for (const section of ['lifecycle', 'workflow', 'materials', 'compliance', 'points'] as const) {
        for (const [key, p] of Object.entries(v.doc[section])) {
          expect((p as { source: string }).source.length, `${v.id} ${section}.${key}`).toBeGreaterThan(20);
        }
      }
    }
  });

  it('wage table has every year from 2012 (the first an sh-2018 window needs) to 2024, each consistent with its base limits', () => {
    expect([...policySet.wages.byYear.keys()]).toEqual([
      2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    expect(policySet.wages.byYear.get(2017)).toMatchObject({ monthlyAverage: 7132, appliesFrom: '2018-04' });
    expect(policySet.wages.byYear.get(2018)).toMatchObject({ monthlyAverage: 8211, appliesFrom: '2019-05' });
    expect(policySet.wages.byYear.get(2019)).toMatchObject({ monthlyAverage: 9339, appliesFrom: '2020-07' });
    expect(policySet.wages.byYear.get(2024)?.monthlyAverage).toBe(12434);
    // Each source quotes the contribution-base upper limit of its year: 300% of the figure.
    for (const [year, row] of policySet.wages.byYear) {
      expect(row.source, String(year)).toContain(String(row.monthlyAverage * 3));
      expect(row.source, String(year)).toMatch(/https:\/\//);
    }
  });
});
