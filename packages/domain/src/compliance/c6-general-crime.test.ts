// C-6 in the seed's "clear" mode: the holder 不得有 a general criminal record
// within 5 years. While one counts, C-6 is not met, the applicant is not
// eligible, the reason names the record's date and the day the 5 years end
// (C-9: the anniversary, inclusive), and clearing sets the positive points
// to 0 while deductions (C-5, C-7) still count: the total is their sum.
import { describe, expect, it } from 'vitest';
import { assessPoints } from '../points/assess.ts';
import { earliestDateReaching } from '../points/earliest-date.ts';
import type { RecordsInput } from '../points/input.ts';
import { fixturePolicy, summaryInput } from '../points/test-fixtures.ts';
import { checkCompliance } from './check-compliance.ts';

const clear = fixturePolicy({ compliance: { generalCrimeEffect: 'clear' } });
const deduct = fixturePolicy({ compliance: { generalCrimeEffect: 'deduct' } });
// Age 30 (30) + master (100) + 48 months of social insurance (12) = 142 with no records, on any date.
const input = (records: RecordsInput) => ({
  ...summaryInput({ age: 30, education: 'master' as const, qualifyingMonths: 48 }),
  records,
});
const c6Of = (a: ReturnType<typeof assessPoints>) => a.eligibility.find((e) => e.ruleId === 'C-6');

describe('C-6 "clear": a general criminal record counts from its date through the anniversary its 5 years end on (C-9)', () => {
  it.each([
    // record date, evaluation date, record still counts, the last day of the 5 years
    ['2021-03-02', '2026-03-01', true, '2026-03-02'],
    ['2021-03-01', '2026-03-01', true, '2026-03-01'], // the anniversary: the last day, still counts (C-9)
    ['2021-03-01', '2026-03-02', false, null], // the day after: no longer counts
    ['2026-03-01', '2026-03-01', true, '2031-03-01'], // recorded on the evaluation date
    ['2026-03-02', '2026-03-01', false, null], // dated after the evaluation date: not on file yet
    ['2024-02-29', '2029-02-27', true, '2029-02-28'], // 29 Feb + 5 years = 28 Feb (D-3, Civil Code art. 202)
    ['2024-02-29', '2029-02-28', true, '2029-02-28'], // the last day
    ['2024-02-29', '2029-03-01', false, null], // the day after
    ['2020-02-29', '2025-02-28', true, '2025-02-28'],
    ['2020-02-29', '2025-03-01', false, null],
  ])('record %s, evaluated %s: counts %s (the 5 years end %s)', (recordDate, asOf, counts, endsOn) => {
    const a = assessPoints(input({ generalCrimeDates: [recordDate] }), asOf, clear);
    const c6 = c6Of(a);
    expect(c6?.passed).toBe(!counts);
    expect(a.eligible).toBe(!counts);
    expect(a.total).toBe(counts ? 0 : 142);
    if (endsOn) {
      expect(c6?.message?.zh).toContain(recordDate);
      expect(c6?.message?.zh).toContain(endsOn);
      expect(c6?.message?.en).toContain(`(${recordDate})`);
      expect(c6?.message?.en).toContain(`the 5 years end on ${endsOn} (inclusive)`);
      expect(c6?.message?.en).toMatch(/^C-6 not met/);
    } else {
      expect(c6?.message?.en).toMatch(/^C-6 met/);
    }
    // The submission checks say the same as the assessment.
    const check = checkCompliance(input({ generalCrimeDates: [recordDate] }), asOf, clear).find(
      (c) => c.ruleId === 'C-6',
    );
    expect(check?.passed).toBe(!counts);
    expect(check?.message).toEqual(c6?.message);
  });

  it('with two records the 5 years end after the later one, and both dates are named', () => {
    const c6 = c6Of(assessPoints(input({ generalCrimeDates: ['2024-06-01', '2022-01-10'] }), '2026-03-01', clear));
    expect(c6?.passed).toBe(false);
    expect(c6?.message?.en).toContain('(2022-01-10, 2024-06-01)');
    expect(c6?.message?.en).toContain('end on 2029-06-01');
  });

  it('a serious criminal record still disqualifies with its own reason', () => {
    const c6 = c6Of(
      assessPoints(input({ seriousCrime: true, generalCrimeDates: ['2024-06-01'] }), '2026-03-01', clear),
    );
    expect(c6?.passed).toBe(false);
    expect(c6?.message?.en).toContain('serious criminal record');
  });
});

describe('C-6 "clear": the positive points go to 0, the deductions (C-5, C-7) still count', () => {
  it.each([
    ['no deduction: total 0', {}, 142, 0],
    ['C-7 detention (-50): total -50, not 0', { detentionDates: ['2022-01-01'] }, 92, -50],
    ['C-5 false material (-150): total -150, not -8', { falseMaterialDates: ['2024-01-01'] }, -8, -150],
    ['two C-5 records: total -300', { falseMaterialDates: ['2024-01-01', '2025-01-01'] }, -158, -300],
    ['C-5 and C-7: total -200', { falseMaterialDates: ['2024-01-01'], detentionDates: ['2022-01-01'] }, -58, -200],
  ])('%s', (_name, records: RecordsInput, before, after) => {
    expect(assessPoints(input(records), '2026-03-01', clear).total).toBe(before);
    const a = assessPoints(input({ ...records, generalCrimeDates: ['2023-05-05'] }), '2026-03-01', clear);
    expect(a.total).toBe(after);
    expect(a.lines.reduce((s, l) => s + l.points, 0)).toBe(a.total); // the lines add up to the total
    const line = a.lines.find((l) => l.ruleId === 'C-6');
    expect(line?.points).toBe(-142); // exactly the positive points
    expect(line?.reason?.en).toContain('2023-05-05');
    expect(line?.reason?.en).toContain('deductions still count');
  });
});

describe('C-6 "deduct" (the measures\' reading): a deduction, not a bar', () => {
  it('deducts 150 per record and leaves the applicant eligible', () => {
    const a = assessPoints(input({ generalCrimeDates: ['2023-05-05'] }), '2026-03-01', deduct);
    expect(a.total).toBe(142 - 150);
    expect(c6Of(a)?.passed).toBe(true);
    expect(a.eligible).toBe(true);
    const check = checkCompliance(input({ generalCrimeDates: ['2023-05-05'] }), '2026-03-01', deduct).find(
      (c) => c.ruleId === 'C-6',
    );
    expect(check?.message?.en).toContain('(2023-05-05), 150 points deducted for each');
  });
});

describe('C-6 "clear" and the earliest date reaching the standard score', () => {
  it('is the day after the anniversary the 5 years end on (C-9)', () => {
    const e = earliestDateReaching(input({ generalCrimeDates: ['2023-05-05'] }), '2026-03-01', clear);
    expect(e.totalNow).toBe(0);
    expect(e.date).toBe('2028-05-06');
  });
});
