import { z } from 'zod';
import { EARLIEST_DATE, isDateInRange, isIsoDate, isMonthInRange, LATEST_DATE } from '../dates/index.ts';
import { COMMENDATION_LEVELS, EDUCATION_LEVELS, TITLE_LEVELS } from './input.ts';
import type { AssessmentInput } from './input.ts';

/**
 * Boundary validation of `AssessmentInput` (API, web form, CLI). Messages
 * are in English for developers; the UI maps paths to its own labels.
 */

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isIsoDate, 'expected a real calendar date as YYYY-MM-DD')
  // Issue 18 item 5: year 9999 or 0000 made the engine's date arithmetic fail.
  .refine(isDateInRange, `expected a date from ${EARLIEST_DATE} to ${LATEST_DATE}`)
  .meta({ format: 'date', examples: ['1996-02-01'] });
const isoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM')
  .refine(isMonthInRange, `expected a month from ${EARLIEST_DATE.slice(0, 7)} to ${LATEST_DATE.slice(0, 7)}`)
  .meta({ examples: ['2026-02'] });
const uscc = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, 'expected an 18-character unified social credit code');
const yuan = z
  .number()
  .min(0, 'amounts in yuan cannot be negative')
  .max(1e12, 'amounts in yuan cannot exceed 1,000,000,000,000');
// Bounded so that no input can make a total beyond any stored integer (a working life is well under 100 years).
const count = (what: string, max: number) =>
  z
    .number()
    .int(`${what} must be a whole number`)
    .min(0, `${what} cannot be negative`)
    .max(max, `${what} cannot exceed ${max}`);
const MONTHS = 1200;
const YEARS = 100;

const siMonthRecord = z.strictObject({
  month: isoMonth,
  paid: z.boolean(),
  backPaid: z.boolean().optional().describe('paid later as a back-payment (补缴); never counts'),
  base: yuan.optional().describe('contribution base, yuan per month'),
  employerUscc: uscc.optional(),
  taxDeclarers: z.array(uscc).optional().describe('companies declaring income tax this month'),
  taxedIncome: yuan.optional().describe('monthly taxed income, yuan'),
});

const siRecords = z.strictObject({
  kind: z.literal('records'),
  months: z
    .array(siMonthRecord)
    .max(600, 'at most 600 months of records')
    .refine((ms) => new Set(ms.map((m) => m.month)).size === ms.length, 'each month may appear only once'),
});

const siSummary = z.strictObject({
  kind: z.literal('summary'),
  qualifyingMonths: count('qualifyingMonths', MONTHS).describe('S-6: months paid normally, back-payments excluded'),
  insuredThisMonth: z.boolean().describe('C-1: insured in Shanghai in the month of application'),
  monthsPaidInWindow: count('monthsPaidInWindow', 12).describe('C-1: months paid normally in the last 12 months'),
  baseMultipleTier: z.number().min(0).nullable().describe('S-9: minMultiple of the highest base tier reached, or null'),
  titleBaseMonths: count('titleBaseMonths', MONTHS)
    .optional()
    .describe('S-4: months in the last year at >= the average wage'),
});

export const assessmentInputSchema = z
  .strictObject({
    birthDate: isoDate.optional().describe('S-2: birth date; or give age'),
    age: z.number().int('age must be whole years').min(16, 'age must be at least 16').max(120).optional(),
    education: z.enum(EDUCATION_LEVELS, { error: `education must be one of ${EDUCATION_LEVELS.join(', ')}` }),
    title: z
      .strictObject({
        level: z.enum(TITLE_LEVELS, { error: `title level must be one of ${TITLE_LEVELS.join(', ')}` }),
        obtainedInShanghai: z.boolean(),
        jobMatches: z.boolean().describe('C-4: the job description matches the title'),
      })
      .optional(),
    shortageMajor: z.strictObject({ jobMatches: z.boolean() }).optional(),
    talent: z.enum(['entrepreneur', 'intermediary']).optional(),
    contractEmployerUscc: uscc.optional(),
    socialInsurance: z.discriminatedUnion('kind', [siRecords, siSummary], {
      error: 'socialInsurance.kind must be "records" or "summary"',
    }),
    publicServiceYears: count('publicServiceYears', YEARS).optional(),
    remoteSuburbYears: count('remoteSuburbYears', YEARS).optional(),
    freshGraduate: z.boolean().optional(),
    commendations: z.array(z.enum(COMMENDATION_LEVELS)).optional(),
    spouseHukouMarriageDate: isoDate.optional(),
    investment: z
      .strictObject({
        averageAnnualTaxYuan: yuan.optional(),
        localHiresPerYear: count('localHiresPerYear', 1_000_000).optional(),
      })
      .optional(),
    records: z
      .strictObject({
        falseMaterialDates: z.array(isoDate).optional(),
        generalCrimeDates: z.array(isoDate).optional(),
        seriousCrime: z.boolean().optional(),
        detentionDates: z.array(isoDate).optional(),
        familyPlanningViolation: z
          .boolean()
          .optional()
          .describe('C-8: asked only when the policy has the family-planning veto on (PI-2)'),
      })
      .optional(),
  })
  .refine((v) => v.birthDate !== undefined || v.age !== undefined, {
    message: 'give birthDate or age (S-2)',
    path: ['birthDate'],
  })
  .meta({
    title: 'AssessmentInput',
    description: 'Input of a Shanghai residence-permit points assessment (S-2..S-16, C-1..C-8)',
  });

// Keeps the hand-written interface and the schema in step at compile time.
type SchemaOutput = z.output<typeof assessmentInputSchema>;
const _sameShape: (v: SchemaOutput) => AssessmentInput = (v) => v;
const _sameShapeBack: (v: AssessmentInput) => SchemaOutput = (v) => v;
void _sameShape;
void _sameShapeBack;

/** The JSON Schema document committed as docs/assessment-input.schema.json. */
export function assessmentInputJsonSchema(): unknown {
  return z.toJSONSchema(assessmentInputSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
}
