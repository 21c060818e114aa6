import type { DomainError, LocalizedText, RuleId } from '../result.ts';

export type Indicator =
  | 'age'
  | 'education'
  | 'title'
  | 'siYears'
  | 'shortageMajor'
  | 'talent'
  | 'baseMultiple'
  | 'publicService'
  | 'remoteSuburb'
  | 'freshGraduate'
  | 'commendation'
  | 'spouseHukou'
  | 'investment'
  | 'falseMaterial'
  | 'generalCrime'
  | 'detention';

/** One line of an assessment (S-17). Texts are omitted on the fast path. */
export interface PointsLine {
  indicator: Indicator;
  ruleId: RuleId;
  points: number;
  reason?: LocalizedText;
  /** What would raise this line, when anything can. */
  raise?: LocalizedText;
  /** P-2: the line could not be computed (e.g. WAGE.YEAR_MISSING); points are 0. */
  error?: DomainError;
}

export function line(indicator: Indicator, ruleId: RuleId, points: number): PointsLine {
  return { indicator, ruleId, points };
}

export const text = (zh: string, en: string): LocalizedText => ({ zh, en });
