import { checkRecordBars, checkSocialInsurance, checkTaxMatch, type ComplianceCheck } from '../compliance/checks.ts';
import { compilePolicy, type AssessmentPolicy, type CompiledPolicy } from './compiled-policy.ts';
import { factsOf, type PointsFacts } from './facts.ts';
import type { AssessmentInput } from './input.ts';
import type { PointsLine } from './line.ts';
import {
  scoreCommendation,
  scoreFreshGraduate,
  scoreInvestment,
  scorePublicService,
  scoreRemoteSuburb,
  scoreShortageMajor,
  scoreSpouse,
  scoreTalent,
} from './score-bonus.ts';
import { appendDeductions } from './score-deductions.ts';
import { scoreAge, scoreEducationAndTitle } from './score-personal.ts';
import { scoreBaseMultiple, scoreSiYears } from './score-social-insurance.ts';

export interface AssessOptions {
  /** Build the zh/en texts (default true). False is the fast path: same points, no texts. */
  explain?: boolean;
}

/** S-17: an explained assessment. Eligibility failures never hide the breakdown. */
export interface PointsAssessment {
  policyId: string;
  policyHash: string;
  asOf: string;
  total: number;
  standardScore: number;
  meetsStandard: boolean;
  shortfall: number;
  /** Every eligibility check passed (C-1 when it applies to all, C-3, C-5 bar, C-6 serious, C-8 when on). */
  eligible: boolean;
  eligibility: ComplianceCheck[];
  lines: PointsLine[];
}

/**
 * Scores an already-validated input (see `assessmentInputSchema`) on
 * `asOf` under `policy`. Pure: the same arguments give the same result.
 */
export function assessPoints(
  input: AssessmentInput,
  asOf: string,
  policy: AssessmentPolicy,
  options: AssessOptions = {},
): PointsAssessment {
  const c = compilePolicy(policy);
  return assessFacts(factsOf(input, asOf, c), asOf, c, options.explain !== false);
}

export function assessFacts(f: PointsFacts, asOf: string, c: CompiledPolicy, explain: boolean): PointsAssessment {
  const c1 = checkSocialInsurance(f.si, f.input, asOf, c, explain);
  const lines = scoreLines(f, c, c1.passed, explain);
  let total = 0;
  for (const l of lines) total += l.points;

  const eligibility: ComplianceCheck[] = [];
  if (c.params.compliance.siRequirementScope === 'all') eligibility.push(c1);
  eligibility.push(checkTaxMatch(f.si, c, explain));
  for (const check of checkRecordBars(f.records, c, explain)) eligibility.push(check);
  let eligible = true;
  for (const e of eligibility) if (!e.passed) eligible = false;

  return {
    policyId: c.id,
    policyHash: c.hash,
    asOf,
    total,
    standardScore: c.standardScore,
    meetsStandard: total >= c.standardScore,
    shortfall: Math.max(0, c.standardScore - total),
    eligible,
    eligibility,
    lines,
  };
}

/** Every indicator's line (S-2..S-15), then deductions (S-16). */
export function scoreLines(f: PointsFacts, c: CompiledPolicy, c1Passed: boolean, explain: boolean): PointsLine[] {
  const [education, title] = scoreEducationAndTitle(f, c, c1Passed, explain);
  const lines: PointsLine[] = [
    scoreAge(f, c, explain),
    education,
    title,
    scoreSiYears(f, c, explain),
    scoreShortageMajor(f, c, explain),
    scoreTalent(f, c, explain),
    scoreBaseMultiple(f, c, explain),
    scorePublicService(f, c, explain),
    scoreRemoteSuburb(f, c, explain),
    scoreFreshGraduate(f, c, explain),
    scoreCommendation(f, c, explain),
    scoreSpouse(f, c, explain),
    scoreInvestment(f, c, explain),
  ];
  appendDeductions(lines, f, c, explain);
  return lines;
}

/** The total of a set of facts, without texts (what-ifs and projections). */
export function totalOfFacts(f: PointsFacts, c: CompiledPolicy): number {
  const c1Passed = f.si.insuredThisMonth && f.si.monthsPaidInWindow >= c.params.compliance.siMinMonthsLastYear;
  let total = 0;
  for (const l of scoreLines(f, c, c1Passed, false)) total += l.points;
  return total;
}
