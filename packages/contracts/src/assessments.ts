import { z } from 'zod';
import { assessmentInputSchema } from '@jifen/domain';
import { isoDate, isoDateTime, safeString } from './common.ts';

/**
 * The public self-assessment (S-17) over HTTP: the same `assessPoints`,
 * `rankImprovements` and `earliestDateReaching` the browser runs, so the
 * two can be compared field by field.
 */

const localized = z.strictObject({ zh: z.string(), en: z.string() });
const ruleId = z.string().describe('rule ID from the rule book, e.g. S-3');

const domainError = z.strictObject({
  code: z.string(),
  ruleId: ruleId.optional(),
  message: localized,
  details: z.record(z.string(), z.unknown()).optional(),
});

export const pointsLine = z.strictObject({
  indicator: z.string(),
  ruleId,
  points: z.number(),
  reason: localized.optional(),
  raise: localized.optional(),
  error: domainError.optional(),
});

export const complianceCheck = z.strictObject({
  ruleId,
  passed: z.boolean(),
  message: localized.optional(),
  months: z.array(z.string()).optional(),
});

export const pointsAssessment = z.strictObject({
  policyId: z.string(),
  policyHash: z.string(),
  asOf: isoDate,
  total: z.number(),
  standardScore: z.number(),
  meetsStandard: z.boolean(),
  shortfall: z.number(),
  eligible: z.boolean(),
  eligibility: z.array(complianceCheck),
  lines: z.array(pointsLine),
});
export type PointsAssessmentDto = z.infer<typeof pointsAssessment>;

export const improvement = z.strictObject({
  indicator: z.string(),
  ruleId,
  gain: z.number(),
  newTotal: z.number(),
  text: localized,
});

export const earliestDate = z.strictObject({
  date: isoDate.nullable(),
  target: z.number(),
  totalNow: z.number(),
  totalThen: z.number(),
  horizonYears: z.number(),
  reasoning: localized,
});

/** `POST /api/v1/assessments` body: the input (validated by the domain's schema) and the evaluation date. */
export const assessRequest = z.strictObject({
  input: assessmentInputSchema,
  asOf: isoDate.optional().describe("evaluation date; today's date in Shanghai when omitted"),
});
export type AssessRequest = z.input<typeof assessRequest>;

/** The assessment with the policy version id and parameter hash it ran under (P-3). */
export const assessResponse = z.strictObject({
  policy: z.strictObject({ id: z.string(), hash: z.string() }),
  assessment: pointsAssessment,
  improvements: z.array(improvement),
  earliest: earliestDate,
});
export type AssessResponse = z.infer<typeof assessResponse>;

/** `POST /api/v1/me/assessments` (holder): keep an assessment in the account. */
export const saveAssessmentRequest = assessRequest.extend({
  label: safeString({ max: 80 }).optional(),
});
export type SaveAssessmentRequest = z.input<typeof saveAssessmentRequest>;

export const savedAssessment = z.strictObject({
  id: z.uuid(),
  label: z.string().nullable(),
  asOf: isoDate,
  total: z.number(),
  meetsStandard: z.boolean(),
  eligible: z.boolean(),
  policy: z.strictObject({ id: z.string(), hash: z.string() }),
  input: z.record(z.string(), z.unknown()),
  createdAt: isoDateTime,
});
export type SavedAssessment = z.infer<typeof savedAssessment>;

export const savedAssessmentResponse = z.strictObject({ assessment: savedAssessment });
export const savedAssessmentsResponse = z.strictObject({ assessments: z.array(savedAssessment) });
export type SavedAssessmentsResponse = z.infer<typeof savedAssessmentsResponse>;
