import type { CommendationLevel, EducationLevel, TitleLevel } from '@jifen/domain';

/** One period of monthly social-insurance records, expanded month by month for the engine. */
export interface SiPeriod {
  from: string;
  to: string;
  base: string;
  backPaid: boolean;
}

/**
 * What the public form holds: plain strings as typed, so a half-typed date
 * or number is kept and shown with its problem at the field. `toInput`
 * turns it into the domain's `AssessmentInput`.
 */
export interface FormState {
  asOf: string;
  residentId: string;
  birthDate: string;
  age: string;
  education: EducationLevel;
  titleLevel: TitleLevel | '';
  titleInShanghai: boolean;
  titleJobMatches: boolean;
  titleBaseMet: boolean;
  siMode: 'summary' | 'records';
  siYears: string;
  siMonths: string;
  insuredThisMonth: boolean;
  monthsPaidInWindow: string;
  baseTier: string;
  employerUscc: string;
  periods: SiPeriod[];
  shortageMajor: boolean;
  shortageJobMatches: boolean;
  talent: '' | 'entrepreneur' | 'intermediary';
  publicServiceYears: string;
  remoteSuburbYears: string;
  freshGraduate: boolean;
  commendation: CommendationLevel | '';
  marriageDate: string;
  taxYuan: string;
  localHires: string;
  /** PI-2: sensitive records; kept in this browser only (never in the share link or a consultation). */
  falseMaterialDates: string;
  generalCrimeDates: string;
  detentionDates: string;
  seriousCrime: boolean;
  /** Renewal planner and materials checklist. */
  permitExpiry: string;
  renewalPath: 'employer_unchanged' | 'employer_changed';
  contractStart: string;
  contractEnd: string;
  visitDate: string;
}

export const SENSITIVE_FIELDS = [
  'falseMaterialDates',
  'generalCrimeDates',
  'detentionDates',
  'seriousCrime',
] as const satisfies readonly (keyof FormState)[];

export function emptyForm(today: string): FormState {
  return {
    asOf: today,
    residentId: '',
    birthDate: '',
    age: '',
    education: 'benke',
    titleLevel: '',
    // Assertions the person makes: never pre-ticked (issue 10, item 8).
    titleInShanghai: false,
    titleJobMatches: false,
    titleBaseMet: false,
    siMode: 'summary',
    siYears: '',
    siMonths: '',
    insuredThisMonth: false,
    monthsPaidInWindow: '12',
    baseTier: '',
    employerUscc: '',
    periods: [],
    shortageMajor: false,
    shortageJobMatches: false,
    talent: '',
    publicServiceYears: '',
    remoteSuburbYears: '',
    freshGraduate: false,
    commendation: '',
    marriageDate: '',
    taxYuan: '',
    localHires: '',
    falseMaterialDates: '',
    generalCrimeDates: '',
    detentionDates: '',
    seriousCrime: false,
    permitExpiry: '',
    renewalPath: 'employer_unchanged',
    contractStart: '',
    contractEnd: '',
    visitDate: '',
  };
}
