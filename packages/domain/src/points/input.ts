import type { IsoDate, IsoMonth } from '../result.ts';

/**
 * Everything a points assessment reads (S-2..S-16, C-1..C-8). It is plain
 * data: validate it once at the boundary with `assessmentInputSchema`, then
 * the scorers trust it (no zod on the hot path).
 */

export const EDUCATION_LEVELS = ['none', 'dazhuan', 'benke', 'benke_bachelor', 'master', 'doctor'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** S-4, lowest first. 技能二级 and 中级职称 score alike, as do 技能一级 and 高级职称. */
export const TITLE_LEVELS = ['skill5', 'skill4', 'skill3', 'skill2', 'intermediate', 'skill1', 'senior'] as const;
export type TitleLevel = (typeof TITLE_LEVELS)[number];

/**
 * S-4: only these routes also need the base condition (titleSiBase: 6 of
 * the last 12 months at >= 1x the previous year's average wage):
 * "以中、高级专业技术职务任职资格和技能类国家职业资格二级、一级申请积分的".
 * 技能五级, 四级 and 三级 never need it.
 */
export const TITLE_LEVELS_NEEDING_BASE: readonly TitleLevel[] = ['skill2', 'intermediate', 'skill1', 'senior'];

export function titleNeedsBase(level: TitleLevel): boolean {
  return TITLE_LEVELS_NEEDING_BASE.includes(level);
}

export const COMMENDATION_LEVELS = ['municipal_bureau', 'municipal', 'provincial'] as const;
export type CommendationLevel = (typeof COMMENDATION_LEVELS)[number];

export interface TitleInput {
  level: TitleLevel;
  /** S-4: obtained while working in Shanghai. */
  obtainedInShanghai: boolean;
  /** C-4: the job (岗位说明书) matches the title or skill. */
  jobMatches: boolean;
}

/** One month of social insurance and income tax, as the official records show it. */
export interface SiMonthRecord {
  month: IsoMonth;
  /** Employee social insurance paid for this month. */
  paid: boolean;
  /** Paid later as a back-payment (补缴): never counts (C-1, S-6, S-9). */
  backPaid?: boolean;
  /** Contribution base in yuan per month (S-9, S-4). */
  base?: number;
  /** USCC of the company paying social insurance (C-3, S-9). */
  employerUscc?: string;
  /** USCCs of the companies declaring the holder's income tax this month (C-3). */
  taxDeclarers?: string[];
  /** Monthly taxed income in yuan; the base must be supported by it (S-9). */
  taxedIncome?: number;
}

/** What the public page asks when a person does not enter month by month. */
export interface SiSummary {
  /** S-6: months paid normally in Shanghai, back-payments excluded. */
  qualifyingMonths: number;
  /** C-1: insured in Shanghai in the month of application. */
  insuredThisMonth: boolean;
  /** C-1: months paid normally within the policy's window (12 by default). */
  monthsPaidInWindow: number;
  /** S-9: the `minMultiple` of the highest threshold the bases reached (e.g. 1 for "at least 1x"), or null; scores only when `qualifyingMonths` can hold the tier's months. */
  baseMultipleTier: number | null;
  /** S-4: months within the title window at a base >= the average-wage multiple; absent = not met. */
  titleBaseMonths?: number;
}

export type SocialInsuranceInput = { kind: 'records'; months: SiMonthRecord[] } | ({ kind: 'summary' } & SiSummary);

export interface InvestmentInput {
  /** S-15: average annual tax over the last 3 years, yuan. */
  averageAnnualTaxYuan?: number;
  /** S-15: Shanghai-hukou employees hired per year for 3 years. */
  localHiresPerYear?: number;
}

/**
 * C-5..C-8 (PI-2: sensitive; collected only when the policy needs it;
 * `familyPlanningViolation` is read only when the policy's veto is on).
 */
export interface RecordsInput {
  falseMaterialDates?: IsoDate[];
  generalCrimeDates?: IsoDate[];
  seriousCrime?: boolean;
  detentionDates?: IsoDate[];
  familyPlanningViolation?: boolean;
}

export interface AssessmentInput {
  /** S-2: birth date (preferred) or the age in completed years on asOf. */
  birthDate?: IsoDate;
  age?: number;
  education: EducationLevel;
  title?: TitleInput;
  /** S-7 with C-4. */
  shortageMajor?: { jobMatches: boolean };
  /** S-8. */
  talent?: 'entrepreneur' | 'intermediary';
  /** USCC of the employer on the labour contract (S-9, C-3). */
  contractEmployerUscc?: string;
  socialInsurance: SocialInsuranceInput;
  /** S-10, S-11: full years worked there. */
  publicServiceYears?: number;
  remoteSuburbYears?: number;
  /** S-12. */
  freshGraduate?: boolean;
  /** S-13: every commendation held; the highest counts. */
  commendations?: CommendationLevel[];
  /** S-14: date of marriage to a spouse with Shanghai hukou. */
  spouseHukouMarriageDate?: IsoDate;
  investment?: InvestmentInput;
  records?: RecordsInput;
}
