import { describe, expect, it } from 'vitest';
import { assessPoints } from './assess.ts';
import type { AssessmentInput } from './input.ts';
import { fixturePolicy, summaryInput } from './test-fixtures.ts';

const ASOF = '2026-03-01';
const policy = fixturePolicy();
const lineOf = (input: AssessmentInput, indicator: string, p = policy) =>
  assessPoints(input, ASOF, p).lines.find((l) => l.indicator === indicator);

describe('S-7 shortage major needs a matching job (C-4)', () => {
  it.each([
    [undefined, 0],
    [{ jobMatches: true }, 30],
    [{ jobMatches: false }, 0],
  ])('%j -> %i', (shortageMajor, points) => {
    const l = lineOf(summaryInput({ shortageMajor }), 'shortageMajor');
    expect(l?.points).toBe(points);
    if (shortageMajor && !shortageMajor.jobMatches) expect(l?.reason?.en).toContain('C-4');
  });
});

describe('S-8 entrepreneur or intermediary talent', () => {
  it.each([
    [undefined, 0],
    ['entrepreneur', 120],
    ['intermediary', 120],
  ] as const)('%s -> %i', (talent, points) => {
    expect(lineOf(summaryInput({ talent }), 'talent')?.points).toBe(points);
  });
});

describe('S-10 / S-11 counted from 5 full years', () => {
  it.each([
    [0, 0, 0],
    [4, 0, 0],
    [5, 20, 10],
    [6, 24, 12],
    [10, 40, 20],
    [11, 44, 20],
    [15, 60, 20],
  ])('%i years -> public service %i, remote suburb %i (max 20)', (years, ps, rs) => {
    const input = summaryInput({ publicServiceYears: years, remoteSuburbYears: years });
    expect(lineOf(input, 'publicService')?.points).toBe(ps);
    expect(lineOf(input, 'remoteSuburb')?.points).toBe(rs);
  });
  it('4 years says what 5 would add', () => {
    expect(lineOf(summaryInput({ publicServiceYears: 4 }), 'publicService')?.raise?.en).toContain(
      '5 full years would add 20',
    );
  });
});

describe('S-12 fresh graduate', () => {
  it.each([
    [true, 10],
    [false, 0],
    [undefined, 0],
  ])('%s -> %i', (freshGraduate, points) => {
    expect(lineOf(summaryInput({ freshGraduate }), 'freshGraduate')?.points).toBe(points);
  });
});

describe('S-13 the highest commendation counts', () => {
  it.each([
    [[], 0],
    [['municipal_bureau'], 30],
    [['municipal'], 60],
    [['provincial'], 110],
    [['municipal_bureau', 'provincial', 'municipal'], 110],
    [['municipal_bureau', 'municipal_bureau'], 30],
  ] as const)('%j -> %i', (commendations, points) => {
    expect(lineOf(summaryInput({ commendations: [...commendations] }), 'commendation')?.points).toBe(points);
  });
});

describe('S-14 full years of marriage to a Shanghai-hukou spouse, max 40', () => {
  it.each([
    ['2025-03-02', 0],
    ['2025-03-01', 4],
    ['2023-03-02', 8],
    ['2023-03-01', 12],
    ['2016-03-01', 40],
    ['2006-03-01', 40],
  ])('married %s -> %i', (date, points) => {
    expect(lineOf(summaryInput({ spouseHukouMarriageDate: date }), 'spouseHukou')?.points).toBe(points);
  });
});

describe('S-15 investment and tax, or local hiring; cap from params', () => {
  it.each([
    [{ averageAnnualTaxYuan: 99_999 }, 0],
    [{ averageAnnualTaxYuan: 100_000 }, 10],
    [{ averageAnnualTaxYuan: 350_000 }, 30],
    [{ localHiresPerYear: 9 }, 0],
    [{ localHiresPerYear: 20 }, 20],
    [{ averageAnnualTaxYuan: 300_000, localHiresPerYear: 50 }, 50],
    [{ averageAnnualTaxYuan: 5_000_000 }, 100],
  ])('%j -> %i', (investment, points) => {
    expect(lineOf(summaryInput({ investment }), 'investment')?.points).toBe(points);
  });
  it('the disputed cap (120) is a parameter', () => {
    const p = fixturePolicy({
      points: { investment: { pointsPerUnit: 10, taxUnitYuan: 100000, hiresUnit: 10, cap: 120 } },
    });
    expect(lineOf(summaryInput({ investment: { averageAnnualTaxYuan: 5_000_000 } }), 'investment', p)?.points).toBe(
      120,
    );
  });
});
