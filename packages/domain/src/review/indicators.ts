import { msg } from '@jifen/messages/domain';
import type { AssessmentPolicy } from '../points/compiled-policy.ts';
import { assessPoints } from '../points/assess.ts';
import {
  COMMENDATION_LEVELS,
  EDUCATION_LEVELS,
  TITLE_LEVELS,
  type AssessmentInput,
  type CommendationLevel,
  type EducationLevel,
  type TitleLevel,
} from '../points/input.ts';
import type { Indicator } from '../points/line.ts';
import { err, ok, type DomainError, type IsoDate, type LocalizedText, type Result, type RuleId } from '../result.ts';

/**
 * R-3 step 3: the reviewer checks each indicator the holder claims against
 * the retrieved file and accepts, adjusts or rejects it, with a reason the
 * holder and HR read. Only declared claims are reviewable: age, SI years and
 * the base multiple come from the official registers (S-2, S-6, S-9), and
 * the deductions from the records (C-5..C-7).
 */
export const REVIEWABLE_INDICATORS = [
  'education',
  'title',
  'shortageMajor',
  'talent',
  'publicService',
  'remoteSuburb',
  'freshGraduate',
  'commendation',
  'spouseHukou',
  'investment',
] as const satisfies readonly Indicator[];
export type ReviewableIndicator = (typeof REVIEWABLE_INDICATORS)[number];

export type IndicatorDecisionKind = 'accepted' | 'adjusted' | 'rejected';

/** The new value of an adjusted indicator: a lower level, or fewer years. */
export type AdjustedValue =
  | { education: EducationLevel }
  | { title: TitleLevel }
  | { years: number }
  | { commendation: CommendationLevel };

export interface IndicatorDecision {
  indicator: ReviewableIndicator;
  decision: IndicatorDecisionKind;
  reason: string;
  value?: AdjustedValue;
}

/** The indicators an `adjusted` decision can take a value for; the rest are accepted or rejected whole. */
export const ADJUSTABLE: Readonly<
  Partial<Record<ReviewableIndicator, 'education' | 'title' | 'years' | 'commendation'>>
> = {
  education: 'education',
  title: 'title',
  publicService: 'years',
  remoteSuburb: 'years',
  commendation: 'commendation',
};

const reviewError = (code: string, message: LocalizedText, details: Record<string, unknown>): DomainError => ({
  code,
  ruleId: 'R-3',
  message,
  details,
});

function adjust(input: AssessmentInput, d: IndicatorDecision): Result<AssessmentInput> {
  const kind = ADJUSTABLE[d.indicator];
  const v = d.value as Record<string, unknown> | undefined;
  const bad = () =>
    err(
      reviewError('REVIEW.ADJUSTMENT_INVALID', msg('review.indicator.adjustmentInvalid', { indicator: d.indicator }), {
        indicator: d.indicator,
      }),
    );
  if (!kind || !v) return bad();
  switch (kind) {
    case 'education':
      return typeof v.education === 'string' && (EDUCATION_LEVELS as readonly string[]).includes(v.education)
        ? ok({ ...input, education: v.education as EducationLevel })
        : bad();
    case 'title':
      return typeof v.title === 'string' && (TITLE_LEVELS as readonly string[]).includes(v.title) && input.title
        ? ok({ ...input, title: { ...input.title, level: v.title as TitleLevel } })
        : bad();
    case 'commendation':
      return typeof v.commendation === 'string' && (COMMENDATION_LEVELS as readonly string[]).includes(v.commendation)
        ? ok({ ...input, commendations: [v.commendation as CommendationLevel] })
        : bad();
    case 'years': {
      const years = v.years;
      if (typeof years !== 'number' || !Number.isInteger(years) || years < 0 || years > 60) return bad();
      return ok(
        d.indicator === 'publicService'
          ? { ...input, publicServiceYears: years }
          : { ...input, remoteSuburbYears: years },
      );
    }
  }
}

/** A rejected claim leaves the input as if it had never been declared. */
function withoutClaim(input: AssessmentInput, indicator: ReviewableIndicator): AssessmentInput {
  const next: AssessmentInput = { ...input };
  switch (indicator) {
    case 'education':
      next.education = 'none';
      break;
    case 'title':
      delete next.title;
      break;
    case 'shortageMajor':
      delete next.shortageMajor;
      break;
    case 'talent':
      delete next.talent;
      break;
    case 'publicService':
      delete next.publicServiceYears;
      break;
    case 'remoteSuburb':
      delete next.remoteSuburbYears;
      break;
    case 'freshGraduate':
      delete next.freshGraduate;
      break;
    case 'commendation':
      delete next.commendations;
      break;
    case 'spouseHukou':
      delete next.spouseHukouMarriageDate;
      break;
    case 'investment':
      delete next.investment;
      break;
  }
  return next;
}

/** The input as reviewed: every adjusted or rejected claim applied, in the order given. */
export function applyIndicatorDecisions(
  input: AssessmentInput,
  decisions: readonly IndicatorDecision[],
): Result<AssessmentInput> {
  let current = input;
  for (const d of decisions) {
    if (!d.reason.trim()) {
      return err(
        reviewError('REVIEW.REASON_REQUIRED', msg('review.indicator.reasonRequired', { indicator: d.indicator }), {
          indicator: d.indicator,
        }),
      );
    }
    if (d.decision === 'rejected') current = withoutClaim(current, d.indicator);
    if (d.decision === 'adjusted') {
      const next = adjust(current, d);
      if (!next.ok) return next;
      current = next.value;
    }
  }
  return ok(current);
}

export interface ReviewedLine {
  indicator: Indicator;
  ruleId: RuleId;
  claimed: number;
  reviewed: number;
  reviewable: boolean;
  decision: IndicatorDecision | null;
  reason?: LocalizedText;
}

export interface ReviewedTotals {
  policyId: string;
  policyHash: string;
  claimedTotal: number;
  reviewedTotal: number;
  lines: ReviewedLine[];
}

/**
 * The claimed and the reviewed assessment side by side, both computed by the
 * engine under the same policy version on the same day (the application's,
 * P-3), so the difference is exactly what the reviewer decided.
 */
export function reviewTotals(
  input: AssessmentInput,
  decisions: readonly IndicatorDecision[],
  asOf: IsoDate,
  policy: AssessmentPolicy,
): Result<ReviewedTotals> {
  const reviewedInput = applyIndicatorDecisions(input, decisions);
  if (!reviewedInput.ok) return reviewedInput;
  const claimed = assessPoints(input, asOf, policy, { explain: true });
  const reviewed = assessPoints(reviewedInput.value, asOf, policy, { explain: true });
  const byIndicator = new Map(reviewed.lines.map((l) => [l.indicator, l.points]));
  const decided = new Map(decisions.map((d) => [d.indicator as Indicator, d]));
  const lines: ReviewedLine[] = claimed.lines.map((l) => ({
    indicator: l.indicator,
    ruleId: l.ruleId,
    claimed: l.points,
    reviewed: byIndicator.get(l.indicator) ?? 0,
    reviewable: (REVIEWABLE_INDICATORS as readonly string[]).includes(l.indicator),
    decision: decided.get(l.indicator) ?? null,
    ...(l.reason ? { reason: l.reason } : {}),
  }));
  return ok({
    policyId: claimed.policyId,
    policyHash: claimed.policyHash,
    claimedTotal: claimed.total,
    reviewedTotal: reviewed.total,
    lines,
  });
}
