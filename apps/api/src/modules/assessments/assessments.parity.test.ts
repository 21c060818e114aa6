import fc from 'fast-check';
import {
  COMMENDATION_LEVELS,
  EDUCATION_LEVELS,
  TITLE_LEVELS,
  addDays,
  addMonthsToMonth,
  type AssessmentInput,
  type SiMonthRecord,
} from '@jifen/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';
import { buildWebEngine, type WebEngine } from './web-engine-bundle.ts';

/**
 * Principle 2: the total the browser shows is the total the API gives.
 * The browser side is apps/web's engine built by the web's Vite into its
 * own bundle; the server side is POST /api/v1/assessments through inject.
 */
const EMPLOYER = '91110000101623741K';
const summary = (qualifyingMonths: number, monthsPaidInWindow = 12) => ({
  kind: 'summary' as const,
  qualifyingMonths,
  insuredThisMonth: true,
  monthsPaidInWindow,
  baseMultipleTier: null,
});
const WORKED: { input: AssessmentInput; asOf: string }[] = [
  { input: { age: 30, education: 'benke_bachelor', socialInsurance: summary(48) }, asOf: '2026-03-01' },
  { input: { age: 45, education: 'master', socialInsurance: summary(12) }, asOf: '2026-03-01' },
  {
    input: {
      age: 38,
      education: 'benke',
      title: { level: 'intermediate', obtainedInShanghai: true, jobMatches: true },
      socialInsurance: { ...summary(60), titleBaseMonths: 12 },
    },
    asOf: '2026-03-01',
  },
  { input: { age: 52, education: 'dazhuan', socialInsurance: summary(72) }, asOf: '2026-03-01' },
  { input: { age: 30, education: 'benke_bachelor', socialInsurance: summary(48, 4) }, asOf: '2026-03-01' },
  { input: { birthDate: '1989-02-02', education: 'benke_bachelor', socialInsurance: summary(48) }, asOf: '2026-03-01' },
];

const dateIn = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((n) => addDays(from, n));
const monthsArb = fc
  .tuple(
    fc.integer({ min: 0, max: 72 }),
    fc.integer({ min: 5000, max: 60000 }),
    fc.boolean(),
    fc.integer({ min: 0, max: 5 }),
  )
  .map(([n, base, withTax, gap]): SiMonthRecord[] =>
    Array.from({ length: n }, (_, i) => {
      const month = addMonthsToMonth('2026-06', -(i + gap));
      return {
        month,
        paid: i % 17 !== 5,
        ...(i % 23 === 7 ? { backPaid: true } : {}),
        base,
        employerUscc: EMPLOYER,
        ...(withTax ? { taxDeclarers: [EMPLOYER], taxedIncome: base + 100 } : {}),
      };
    }),
  );

const inputArb: fc.Arbitrary<AssessmentInput> = fc.record(
  {
    birthDate: dateIn('1960-01-01', 16000),
    education: fc.constantFrom(...EDUCATION_LEVELS),
    title: fc.record({
      level: fc.constantFrom(...TITLE_LEVELS),
      obtainedInShanghai: fc.boolean(),
      jobMatches: fc.boolean(),
    }),
    shortageMajor: fc.record({ jobMatches: fc.boolean() }),
    talent: fc.constantFrom('entrepreneur' as const, 'intermediary' as const),
    contractEmployerUscc: fc.constant(EMPLOYER),
    socialInsurance: fc.oneof(
      fc.record({
        kind: fc.constant('summary' as const),
        qualifyingMonths: fc.integer({ min: 0, max: 300 }),
        insuredThisMonth: fc.boolean(),
        monthsPaidInWindow: fc.integer({ min: 0, max: 12 }),
        baseMultipleTier: fc.constantFrom(null, 0.8, 1, 2, 3),
        titleBaseMonths: fc.integer({ min: 0, max: 12 }),
      }),
      monthsArb.map((months) => ({ kind: 'records' as const, months })),
    ),
    publicServiceYears: fc.integer({ min: 0, max: 20 }),
    remoteSuburbYears: fc.integer({ min: 0, max: 20 }),
    freshGraduate: fc.boolean(),
    commendations: fc.array(fc.constantFrom(...COMMENDATION_LEVELS), { maxLength: 2 }),
    spouseHukouMarriageDate: dateIn('2005-01-01', 7500),
    investment: fc.record(
      {
        averageAnnualTaxYuan: fc.integer({ min: 0, max: 1_500_000 }),
        localHiresPerYear: fc.integer({ min: 0, max: 60 }),
      },
      { requiredKeys: [] },
    ),
    records: fc.record(
      {
        falseMaterialDates: fc.array(dateIn('2020-01-01', 2200), { maxLength: 1 }),
        generalCrimeDates: fc.array(dateIn('2019-01-01', 2500), { maxLength: 1 }),
        detentionDates: fc.array(dateIn('2019-01-01', 2500), { maxLength: 2 }),
        seriousCrime: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['birthDate', 'education', 'socialInsurance'] },
);

describe('browser bundle and API agree', () => {
  let h: Harness;
  let client: Client;
  let web: WebEngine;
  beforeAll(async () => {
    [h, web] = await Promise.all([startHarness('pglite', { seed: false }), buildWebEngine()]);
    client = new Client(h.app);
    await client.fetchCsrf();
  }, 180_000);
  afterAll(async () => h?.close());

  const compare = async (input: AssessmentInput, asOf: string) => {
    const res = await client.post('/api/v1/assessments', { input, asOf });
    const browser = web.evaluateInBrowser(input, asOf);
    if (!browser.ok) {
      expect(res.statusCode).toBe(400);
      return;
    }
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual(JSON.parse(JSON.stringify(browser.value)));
  };

  it('on the worked examples of cases/README.md', async () => {
    for (const w of WORKED) await compare(w.input, w.asOf);
    const first = web.evaluateInBrowser(WORKED[0]!.input, '2026-03-01');
    expect(first.ok && (first.value as { assessment: { total: number } }).assessment.total).toBe(132);
  });

  it('on random inputs and dates (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, dateIn('2024-01-01', 1000), async (input, asOf) => compare(input, asOf)),
      { numRuns: 150 },
    );
  });
});
