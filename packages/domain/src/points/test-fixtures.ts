import type { PolicyParams } from '../policy/schema.ts';
import type { WageTable } from '../policy/wage-table.ts';
import type { AssessmentPolicy } from './compiled-policy.ts';
import type { AssessmentInput, SiMonthRecord } from './input.ts';

/**
 * Test and benchmark fixtures: a policy with the rule book's default
 * values (rules.md, seed readings) and input builders. The real versions
 * live in policies/; these keep the rule tests independent of that data.
 */
export const FIXTURE_PARAMS: PolicyParams = {
  lifecycle: {} as PolicyParams['lifecycle'],
  workflow: {} as PolicyParams['workflow'],
  materials: { contractMinMonths: 12, contractMinRemainingMonths: 2 },
  compliance: {
    siMinMonthsLastYear: 6,
    siWindowMonths: 12,
    siRequirementScope: 'all',
    maxTaxDeclarersPerMonth: 1,
    falseMaterialPenalty: 150,
    falseMaterialYears: 3,
    falseMaterialBarYears: 3,
    generalCrimeEffect: 'clear',
    generalCrimePenalty: 150,
    generalCrimeYears: 5,
    detentionPenalty: 50,
    detentionYears: 5,
    familyPlanningVeto: false,
  },
  points: {
    standardScore: 120,
    age: { basePoints: 5, baseMinAge: 56, baseMaxAge: 60, pointsPerYearYounger: 2, max: 30 },
    education: { dazhuan: 50, benke: 60, benke_bachelor: 90, master: 100, doctor: 110 },
    title: { skill5: 15, skill4: 30, skill3: 60, skill2: 100, intermediate: 100, skill1: 140, senior: 140 },
    titleSiBase: { months: 6, windowMonths: 12, minMultiple: 1 },
    siYearPoints: 3,
    shortageMajor: 30,
    entrepreneur: 120,
    baseMultipleTiers: [
      { minMultiple: 0.8, maxMultiple: 1, months: 36, windowYears: 4, points: 25 },
      { minMultiple: 1, maxMultiple: 2, months: 36, windowYears: 4, points: 50 },
      { minMultiple: 2, maxMultiple: 3, months: 36, windowYears: 4, points: 100 },
      { minMultiple: 3, maxMultiple: null, months: 24, windowYears: 3, points: 120 },
    ],
    wageSwitchMonth: 7,
    publicService: { pointsPerYear: 4, afterYears: 5, max: null },
    remoteSuburb: { pointsPerYear: 2, afterYears: 5, max: 20 },
    freshGraduate: 10,
    commendation: { municipal_bureau: 30, municipal: 60, provincial: 110 },
    spouseHukou: { pointsPerYear: 4, max: 40 },
    investment: { pointsPerUnit: 10, taxUnitYuan: 100000, hiresUnit: 10, cap: 100 },
  },
};

/** Average monthly wages used by the fixtures (yuan). */
export const FIXTURE_WAGES: Record<string, number> = {
  '2019': 9580,
  '2020': 10338,
  '2021': 11396,
  '2022': 12183,
  '2023': 12307,
  '2024': 12434,
  '2025': 12800,
};

export function wageTableOf(wages: Record<string, number>): WageTable {
  const years = Object.entries(wages).map(([y, w]) => ({ year: Number(y), monthlyAverage: w, source: 'test fixture' }));
  return {
    byYear: new Map(years.map((r) => [r.year, { monthlyAverage: r.monthlyAverage, source: r.source }])),
    doc: { region: 'shanghai', unit: 'CNY/month', description: 'test fixture', years },
  };
}

export function fixturePolicy(
  overrides: {
    compliance?: Partial<PolicyParams['compliance']>;
    points?: Partial<PolicyParams['points']>;
    wages?: Record<string, number>;
  } = {},
): AssessmentPolicy {
  return {
    id: 'fixture',
    hash: 'fixture-hash',
    params: {
      ...FIXTURE_PARAMS,
      compliance: { ...FIXTURE_PARAMS.compliance, ...overrides.compliance },
      points: { ...FIXTURE_PARAMS.points, ...overrides.points },
    },
    wages: wageTableOf(overrides.wages ?? FIXTURE_WAGES),
  };
}

export const EMPLOYER = '91110000101623741K';
export const OTHER_EMPLOYER = '911101066976941872';

/** `count` consecutive months ending with `lastMonth`, paid normally by EMPLOYER at `base`. */
export function monthsEnding(
  lastMonth: string,
  count: number,
  base = 13000,
  patch: Partial<SiMonthRecord> = {},
): SiMonthRecord[] {
  const [y, m] = lastMonth.split('-').map(Number) as [number, number];
  const end = y * 12 + m - 1;
  const out: SiMonthRecord[] = [];
  for (let i = end - count + 1; i <= end; i++) {
    const month = `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    out.push({
      month,
      paid: true,
      base,
      employerUscc: EMPLOYER,
      taxDeclarers: [EMPLOYER],
      taxedIncome: base,
      ...patch,
    });
  }
  return out;
}

/** A summary-mode input with C-1 met; `qualifyingMonths` for S-6. */
export function summaryInput(over: Partial<AssessmentInput> & { qualifyingMonths?: number } = {}): AssessmentInput {
  const { qualifyingMonths = 0, ...rest } = over;
  return {
    age: 30,
    education: 'none',
    socialInsurance: {
      kind: 'summary',
      qualifyingMonths,
      insuredThisMonth: true,
      monthsPaidInWindow: 12,
      baseMultipleTier: null,
    },
    ...rest,
  };
}
