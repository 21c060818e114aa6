import {
  ageInputError,
  assessmentInputSchema,
  titleNeedsBase,
  isIsoDate,
  isIsoMonth,
  monthFromIndex,
  monthIndex,
  parseCreditCode,
  parseResidentId,
  type AssessmentInput,
  type LocalizedText,
  type SiMonthRecord,
} from '@jifen/domain';
import type { FormState } from './form-state.ts';

export type FieldKey = keyof FormState | `periods.${number}`;
export type FieldErrors = Partial<Record<FieldKey, LocalizedText>>;

export interface ReadForm {
  /** null while the form lacks what S-2 needs (birth date or age) or has an error. */
  input: AssessmentInput | null;
  errors: FieldErrors;
  /** Birth date read from the resident ID (I-1), shown in the birth-date field. */
  birthFromId: string | null;
  age: number | null;
}

const MSG = {
  date: {
    zh: '日期无效：请按 YYYY-MM-DD 填写真实存在的日期',
    en: 'Invalid date: enter a real calendar date as YYYY-MM-DD',
  },
  future: { zh: '日期不能晚于测评日', en: 'The date cannot be after the evaluation date' },
  month: { zh: '月份无效：请按 YYYY-MM 填写', en: 'Invalid month: enter it as YYYY-MM' },
  periodOrder: { zh: '结束月份早于起始月份', en: 'The period ends before it starts' },
  periodOverlap: { zh: '与其他缴费期间重叠', en: 'Overlaps another period' },
  whole: { zh: '请填写不小于 0 的整数', en: 'Enter a whole number of at least 0' },
  amount: { zh: '请填写不小于 0 的金额', en: 'Enter an amount of at least 0' },
  monthsOfYear: { zh: '月数应为 0-11', en: 'Months must be 0-11' },
  window: { zh: '近 12 个月的缴费月数应为 0-12', en: 'Months paid in the last 12 must be 0-12' },
  age: { zh: '年龄应为 16-120 的整数', en: 'Age must be a whole number from 16 to 120' },
  contractOrder: { zh: 'M-2 劳动合同终止日期早于起始日期', en: 'M-2 the labour contract ends before it starts' },
  dateList: {
    zh: '日期列表中有无效日期（用逗号分隔 YYYY-MM-DD）',
    en: 'The list has an invalid date (comma-separated YYYY-MM-DD)',
  },
} satisfies Record<string, LocalizedText>;

const isWhole = (s: string) => /^\d{1,4}$/.test(s.trim());
const isAmount = (s: string) => /^\d{1,12}(\.\d{1,2})?$/.test(s.trim());

/** Reads the typed form into the domain's input; every problem lands at its field. */
export function readForm(f: FormState): ReadForm {
  const errors: FieldErrors = {};
  const asOfOk = isIsoDate(f.asOf);
  if (!asOfOk) errors.asOf = MSG.date;
  const asOf = asOfOk ? f.asOf : undefined;

  const date = (key: keyof FormState, value: string, notAfterAsOf = true): string | undefined => {
    const v = value.trim();
    if (v === '') return undefined;
    if (!isIsoDate(v)) errors[key] = MSG.date;
    else if (notAfterAsOf && asOf && v > asOf) errors[key] = MSG.future;
    else return v;
    return undefined;
  };
  const whole = (key: keyof FormState, value: string): number | undefined => {
    if (value.trim() === '') return undefined;
    if (!isWhole(value)) {
      errors[key] = MSG.whole;
      return undefined;
    }
    return Number(value);
  };
  const dates = (key: keyof FormState, value: string): string[] | undefined => {
    const parts = value.split(/[\s,，;；]+/).filter(Boolean);
    if (parts.length === 0) return undefined;
    if (parts.some((p) => !isIsoDate(p) || (asOf !== undefined && p > asOf))) {
      errors[key] = MSG.dateList;
      return undefined;
    }
    return parts;
  };

  let birthFromId: string | null = null;
  if (f.residentId.trim() !== '') {
    const id = parseResidentId(f.residentId, asOf);
    if (id.ok) birthFromId = id.value.birthDate;
    else errors.residentId = id.error.message;
  }
  const birthDate = birthFromId ?? date('birthDate', f.birthDate);
  // S-2: born after the evaluation date or under 16 on it is invalid input, named at the field it came from.
  const ageProblem = birthDate !== undefined && asOf !== undefined ? ageInputError({ birthDate }, asOf) : null;
  if (ageProblem) errors[birthFromId ? 'residentId' : 'birthDate'] = ageProblem.message;
  let age: number | undefined;
  if (birthDate === undefined && f.age.trim() !== '') {
    age = whole('age', f.age);
    if (age !== undefined && (age < 16 || age > 120)) {
      errors.age = MSG.age;
      age = undefined;
    }
  }

  const input: AssessmentInput = {
    education: f.education,
    socialInsurance: {
      kind: 'summary',
      qualifyingMonths: 0,
      insuredThisMonth: false,
      monthsPaidInWindow: 0,
      baseMultipleTier: null,
    },
  };
  if (birthDate !== undefined) input.birthDate = birthDate;
  else if (age !== undefined) input.age = age;

  if (f.titleLevel !== '') {
    input.title = { level: f.titleLevel, obtainedInShanghai: f.titleInShanghai, jobMatches: f.titleJobMatches };
  }
  const uscc = f.employerUscc.trim().toUpperCase();
  if (uscc !== '') {
    const code = parseCreditCode(uscc);
    if (code.ok) input.contractEmployerUscc = code.value.value;
    else errors.employerUscc = code.error.message;
  }
  input.socialInsurance =
    f.siMode === 'summary' ? readSummary(f, errors, whole) : readRecords(f, errors, input.contractEmployerUscc);

  if (f.shortageMajor) input.shortageMajor = { jobMatches: f.shortageJobMatches };
  if (f.talent !== '') input.talent = f.talent;
  const ps = whole('publicServiceYears', f.publicServiceYears);
  if (ps !== undefined) input.publicServiceYears = ps;
  const rs = whole('remoteSuburbYears', f.remoteSuburbYears);
  if (rs !== undefined) input.remoteSuburbYears = rs;
  if (f.freshGraduate) input.freshGraduate = true;
  if (f.commendation !== '') input.commendations = [f.commendation];
  const married = date('marriageDate', f.marriageDate);
  if (married !== undefined) input.spouseHukouMarriageDate = married;
  const investment: NonNullable<AssessmentInput['investment']> = {};
  if (f.taxYuan.trim() !== '') {
    if (isAmount(f.taxYuan)) investment.averageAnnualTaxYuan = Number(f.taxYuan);
    else errors.taxYuan = MSG.amount;
  }
  const hires = whole('localHires', f.localHires);
  if (hires !== undefined) investment.localHiresPerYear = hires;
  if (Object.keys(investment).length > 0) input.investment = investment;

  const records: NonNullable<AssessmentInput['records']> = {};
  const fm = dates('falseMaterialDates', f.falseMaterialDates);
  if (fm) records.falseMaterialDates = fm;
  const gc = dates('generalCrimeDates', f.generalCrimeDates);
  if (gc) records.generalCrimeDates = gc;
  const dt = dates('detentionDates', f.detentionDates);
  if (dt) records.detentionDates = dt;
  if (f.seriousCrime) records.seriousCrime = true;
  if (Object.keys(records).length > 0) input.records = records;

  date('permitExpiry', f.permitExpiry, false);
  date('visitDate', f.visitDate, false);
  const start = date('contractStart', f.contractStart, false);
  const end = date('contractEnd', f.contractEnd, false);
  if (start && end && end < start) errors.contractEnd = MSG.contractOrder;

  const ready = Object.keys(errors).length === 0 && (input.birthDate !== undefined || input.age !== undefined);
  const checked = ready ? assessmentInputSchema.safeParse(input) : null;
  return {
    input: checked?.success ? input : null,
    errors,
    birthFromId,
    age: input.age ?? null,
  };
}

function readSummary(
  f: FormState,
  errors: FieldErrors,
  whole: (k: keyof FormState, v: string) => number | undefined,
): AssessmentInput['socialInsurance'] {
  const years = whole('siYears', f.siYears) ?? 0;
  const months = whole('siMonths', f.siMonths) ?? 0;
  if (months > 11) errors.siMonths = MSG.monthsOfYear;
  const inWindow = whole('monthsPaidInWindow', f.monthsPaidInWindow) ?? 0;
  if (inWindow > 12) errors.monthsPaidInWindow = MSG.window;
  const tier = f.baseTier === '' ? null : Number(f.baseTier);
  return {
    kind: 'summary',
    qualifyingMonths: years * 12 + months,
    insuredThisMonth: f.insuredThisMonth,
    monthsPaidInWindow: inWindow,
    baseMultipleTier: tier,
    // S-4: asked only for the levels that need the base condition; unticked is "not given", never "0 months".
    ...(f.titleLevel !== '' && titleNeedsBase(f.titleLevel) && f.titleBaseMet ? { titleBaseMonths: 12 } : {}),
  };
}

export interface TierOption {
  min: number;
  max: number | null;
  /** Months the tier needs (S-9). */
  months: number;
}

/**
 * S-9 / S-4 / C-1 contradictions in the summary, shown while the person
 * types: the engine never scores what the months entered cannot hold
 * (a tier needs its months; the last 12 months and the base months cannot
 * exceed the months insured), and these say why the line stays 0.
 */
export function summaryWarnings(
  f: FormState,
  tiers: readonly TierOption[],
  titleBaseMonthsNeeded: number,
): FieldErrors {
  const out: FieldErrors = {};
  if (f.siMode !== 'summary') return out;
  const years = isWhole(f.siYears) ? Number(f.siYears) : 0;
  const months = isWhole(f.siMonths) ? Number(f.siMonths) : 0;
  const insured = years * 12 + months;
  if (f.baseTier !== '') {
    const chosen = Number(f.baseTier);
    const claimed = tiers.filter((t) => t.min <= chosen);
    if (claimed.length > 0 && claimed.every((t) => t.months > insured)) {
      const need = Math.min(...claimed.map((t) => t.months));
      out.baseTier = {
        zh: `S-9 该档次需至少${need}个月按此基数缴费，但只填了${insured}个月社保：不能计分，请核对缴费年限或档次`,
        en: `S-9 this tier needs at least ${need} months paid at that base, but only ${insured} insured months are entered: it cannot score; check the years or the tier`,
      };
    }
  }
  if (isWhole(f.monthsPaidInWindow) && Number(f.monthsPaidInWindow) > insured) {
    out.monthsPaidInWindow = {
      zh: `C-1 近12个月的缴费月数（${Number(f.monthsPaidInWindow)}）多于社保总月数（${insured}）：只按${insured}个月计`,
      en: `C-1 months paid in the last 12 (${Number(f.monthsPaidInWindow)}) exceed the months insured (${insured}): only ${insured} count`,
    };
  }
  if (f.titleLevel !== '' && titleNeedsBase(f.titleLevel) && f.titleBaseMet && insured < titleBaseMonthsNeeded) {
    out.titleBaseMet = {
      zh: `S-4 基数条件需${titleBaseMonthsNeeded}个月，但只填了${insured}个月社保：条件不能满足`,
      en: `S-4 the base condition needs ${titleBaseMonthsNeeded} months, but only ${insured} insured months are entered: it cannot be met`,
    };
  }
  return out;
}

/** Each period becomes one record a month, paid by the contract employer, taxed at the base. */
function readRecords(f: FormState, errors: FieldErrors, uscc: string | undefined): AssessmentInput['socialInsurance'] {
  const months: SiMonthRecord[] = [];
  const seen = new Set<number>();
  f.periods.forEach((p, i) => {
    const key = `periods.${i}` as const;
    if (!isIsoMonth(p.from) || !isIsoMonth(p.to)) {
      errors[key] = MSG.month;
      return;
    }
    if (p.to < p.from) {
      errors[key] = MSG.periodOrder;
      return;
    }
    const base = p.base.trim() === '' ? undefined : isAmount(p.base) ? Number(p.base) : NaN;
    if (Number.isNaN(base)) {
      errors[key] = MSG.amount;
      return;
    }
    for (let m = monthIndex(p.from); m <= monthIndex(p.to) && months.length <= 600; m++) {
      if (seen.has(m)) {
        errors[key] = MSG.periodOverlap;
        return;
      }
      seen.add(m);
      const r: SiMonthRecord = { month: monthFromIndex(m), paid: true };
      if (p.backPaid) r.backPaid = true;
      if (base !== undefined) {
        r.base = base;
        r.taxedIncome = base;
      }
      if (uscc) {
        r.employerUscc = uscc;
        r.taxDeclarers = [uscc];
      }
      months.push(r);
    }
  });
  return { kind: 'records', months: months.slice(0, 600) };
}
