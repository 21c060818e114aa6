export { assessPoints, type AssessOptions, type PointsAssessment } from './assess.ts';
export { ageInputError, MIN_APPLICANT_AGE } from './age-input.ts';
export { assessmentPolicyOn, laterPoliciesOf, type LaterPolicy } from './assessment-policy.ts';
export { compilePolicy, type AssessmentPolicy } from './compiled-policy.ts';
export { earliestDateReaching, type EarliestDate, type PolicyTimeline } from './earliest-date.ts';
export { rankImprovements, type Improvement } from './improvements.ts';
export { assessWithOutlook, type AssessmentOutlook } from './outlook.ts';
export { assessmentInputJsonSchema, assessmentInputSchema } from './input-schema.ts';
export {
  COMMENDATION_LEVELS,
  EDUCATION_LEVELS,
  TITLE_LEVELS,
  TITLE_LEVELS_NEEDING_BASE,
  titleNeedsBase,
  type AssessmentInput,
  type CommendationLevel,
  type EducationLevel,
  type InvestmentInput,
  type RecordsInput,
  type SiMonthRecord,
  type SiSummary,
  type SocialInsuranceInput,
  type TitleInput,
  type TitleLevel,
} from './input.ts';
export type { Indicator, PointsLine } from './line.ts';
export {
  claimedLines,
  compareClaimedLines,
  INDICATOR_NAMES,
  type ClaimedLine,
  type LineChange,
  type PendingLine,
} from './claimed-lines.ts';
export { wageChangeImpact, type WageChangeImpact, type WageChangeLine, type WageFigure } from './wage-change.ts';
