// S-9 with the wage table's `appliesFrom`: the figure in force for a month's
// contribution base, across the April switches before 2019 and the July
// switches since, never a stale year for a month whose figure is unpublished (P-2).
import { describe, expect, it } from 'vitest';
import { policySet } from '@jifen/policies';
import { assessmentPolicyOn } from './assessment-policy.ts';
import { compilePolicy, wageYearOfMonthIndex } from './compiled-policy.ts';
import { buildWageTable } from '../policy/wage-table.ts';
import { fixturePolicy, wageTableOf } from './test-fixtures.ts';

const idx = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

describe('wage year of a month with the table saying when each figure applied from', () => {
  const base = fixturePolicy();
  const table = wageTableOf({ '2017': 7132, '2020': 10338, '2021': 11396 });
  const rows = table.doc.years.map((r) =>
    r.year === 2017 ? { ...r, appliesFrom: '2018-04' } : { ...r, appliesFrom: `${r.year + 1}-07` },
  );
  const built = buildWageTable({ ...table.doc, years: rows });
  if (!built.ok) throw new Error(built.error.message.en);
  const c = compilePolicy({ ...base, wages: built.value });
  it.each([
    ['2018-03', 2016], // before the 2017 figure applied: 2016 (not in the table: P-2)
    ['2018-04', 2017], // April switch
    ['2019-03', 2017],
    ['2019-04', 2018], // the 2017 figure's year is over; 2018 is unpublished: P-2, not 2017
    ['2020-06', 2018],
    ['2021-06', 2019],
    ['2021-07', 2020], // July switch, stated by the 2020 row
    ['2022-06', 2020],
    ['2022-07', 2021],
  ])('%s -> %i', (month, year) => {
    expect(wageYearOfMonthIndex(c, idx(month))).toBe(year);
  });
  it('a figure cannot apply from a month of the year it describes', () => {
    const bad = buildWageTable({
      ...table.doc,
      years: [{ year: 2020, monthlyAverage: 10338, source: 'x'.repeat(5), appliesFrom: '2020-07' }],
    });
    expect(bad.ok).toBe(false);
  });
});

describe('the shipped wage table', () => {
  it('every row names its source and the month it applied from, a year after the year it describes', () => {
    for (const row of policySet.wages.doc.years) {
      expect(row.source.length).toBeGreaterThan(20);
      expect(row.appliesFrom).toMatch(/^\d{4}-(04|05|07)$/);
      expect(Number(row.appliesFrom?.slice(0, 4))).toBe(row.year + 1);
    }
  });
  it('2018-04..2019-04 bases are judged against the 2017 figure (7132); from 2019-05 the 2018 one (8211)', () => {
    const p = assessmentPolicyOn(policySet, '2019-02-01');
    if (!p.ok) throw new Error(p.error.message.en);
    const c = compilePolicy(p.value);
    expect(wageYearOfMonthIndex(c, idx('2018-04'))).toBe(2017);
    expect(wageYearOfMonthIndex(c, idx('2019-03'))).toBe(2017);
    expect(wageYearOfMonthIndex(c, idx('2019-04'))).toBe(2017);
    expect(wageYearOfMonthIndex(c, idx('2019-05'))).toBe(2018);
    expect(wageYearOfMonthIndex(c, idx('2025-06'))).toBe(2023);
    expect(wageYearOfMonthIndex(c, idx('2025-07'))).toBe(2024);
  });
});
