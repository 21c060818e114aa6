import { msg } from '@jifen/messages/domain';
import type { LocalizedText } from '../result.ts';
import type { CompiledPolicy } from './compiled-policy.ts';
import type { PointsFacts } from './facts.ts';
import { EDUCATION_LEVELS, TITLE_LEVELS, titleNeedsBase, type EducationLevel, type TitleLevel } from './input.ts';
import { ageInputError } from './age-input.ts';
import { line, type PointsLine } from './line.ts';
import { wageYearMissing } from '../policy/wage-table.ts';

const NOTHING: LocalizedText = { zh: '', en: '' };

export const EDUCATION_NAMES: Record<EducationLevel, { zh: string; en: string }> = {
  none: msg('points.educationLevel.none'),
  dazhuan: msg('points.educationLevel.dazhuan'),
  benke: msg('points.educationLevel.benke'),
  benke_bachelor: msg('points.educationLevel.benkeBachelor'),
  master: msg('points.educationLevel.master'),
  doctor: msg('points.educationLevel.doctor'),
};

export const TITLE_NAMES: Record<TitleLevel, { zh: string; en: string }> = {
  skill5: msg('points.titleLevel.skill5'),
  skill4: msg('points.titleLevel.skill4'),
  skill3: msg('points.titleLevel.skill3'),
  skill2: msg('points.titleLevel.skill2'),
  intermediate: msg('points.titleLevel.intermediate'),
  skill1: msg('points.titleLevel.skill1'),
  senior: msg('points.titleLevel.senior'),
};

/** S-2: basePoints from baseMinAge to baseMaxAge, +pointsPerYearYounger per year younger, capped; older: 0. */
export function agePoints(age: number, c: CompiledPolicy): number {
  const a = c.params.points.age;
  if (age > a.baseMaxAge) return 0;
  if (age >= a.baseMinAge) return a.basePoints;
  return Math.min(a.max, a.basePoints + (a.baseMinAge - age) * a.pointsPerYearYounger);
}

export function scoreAge(f: PointsFacts, c: CompiledPolicy, explain: boolean): PointsLine {
  // S-2: the engine never scores an impossible applicant (callers refuse the input first: ageInputError).
  const invalid = ageInputError(f.input, f.asOf);
  const pts = invalid ? 0 : agePoints(f.age, c);
  const l = line('age', 'S-2', pts);
  if (invalid) l.error = invalid;
  if (!explain) return l;
  if (invalid) {
    l.reason = invalid.message;
    return l;
  }
  const a = c.params.points.age;
  l.reason = msg('points.age.reason', {
    age: f.age,
    points: pts,
    baseMinAge: a.baseMinAge,
    baseMaxAge: a.baseMaxAge,
    basePoints: a.basePoints,
    perYear: a.pointsPerYearYounger,
    max: a.max,
  });
  return l;
}

/**
 * S-4 route conditions: obtained in Shanghai, job matches (C-4), and, for
 * 技能二级/一级 and 中级/高级职称 only, the base condition met on published
 * wage figures (a condition still pending on a missing year scores 0; the
 * line carries the P-2 error then).
 */
export function titleRawPoints(f: PointsFacts, c: CompiledPolicy): number {
  const t = f.input.title;
  if (!t || !t.obtainedInShanghai || !t.jobMatches) return 0;
  if (titleNeedsBase(t.level) && f.si.titleBaseMonths < c.params.points.titleSiBase.months) return 0;
  return c.titlePoints[t.level];
}

/** C-1 with scope "education" removes the education points instead of barring the application. */
export function educationRawPoints(f: PointsFacts, c: CompiledPolicy, c1Passed: boolean): number {
  if (!c1Passed && c.params.compliance.siRequirementScope === 'education') return 0;
  return c.educationPoints[f.input.education];
}

/** S-3, S-4 and S-5: two lines; only the higher of education and title counts (education on a tie). */
export function scoreEducationAndTitle(
  f: PointsFacts,
  c: CompiledPolicy,
  c1Passed: boolean,
  explain: boolean,
): [PointsLine, PointsLine] {
  const edu = educationRawPoints(f, c, c1Passed);
  const title = titleRawPoints(f, c);
  const titleCounts = title > edu;
  const eduLine = line('education', 'S-3', titleCounts ? 0 : edu);
  const titleLine = line('title', 'S-4', titleCounts ? title : 0);
  const t = f.input.title;
  const tb = c.params.points.titleSiBase;
  const needsBase = t !== undefined && titleNeedsBase(t.level);
  const baseFailed = needsBase && f.si.titleBaseMonths < tb.months;
  // P-2 only when the missing year decides this line: the base condition is the only thing
  // still open and, met, the title would beat education (S-5).
  if (
    t &&
    baseFailed &&
    f.si.titleBasePendingYear !== 0 &&
    t.obtainedInShanghai &&
    t.jobMatches &&
    c.titlePoints[t.level] > edu
  )
    titleLine.error = { ...wageYearMissing(f.si.titleBasePendingYear), ruleId: 'S-4' };
  if (!explain) return [eduLine, titleLine];

  const name = EDUCATION_NAMES[f.input.education];
  const gated = edu === 0 && c.educationPoints[f.input.education] > 0;
  eduLine.reason = gated
    ? msg('points.education.notCountedC1', { name })
    : titleCounts
      ? msg('points.education.titleHigher', { name, points: edu, title })
      : msg('points.education.counts', { name, points: edu });
  const nextEdu = EDUCATION_LEVELS[EDUCATION_LEVELS.indexOf(f.input.education) + 1];
  if (nextEdu) {
    const gain = Math.max(0, c.educationPoints[nextEdu] - Math.max(edu, title));
    if (gain > 0) eduLine.raise = msg('points.education.raise', { name: EDUCATION_NAMES[nextEdu], gain });
  }

  if (!t) {
    titleLine.reason = msg('points.title.none');
  } else {
    const tn = TITLE_NAMES[t.level];
    const full = c.titlePoints[t.level];
    const why: LocalizedText[] = [];
    if (!t.obtainedInShanghai) why.push(msg('points.title.notInShanghai'));
    if (!t.jobMatches) why.push(msg('points.title.jobMismatch'));
    if (titleLine.error) why.push(titleLine.error.message);
    else if (baseFailed)
      why.push(
        baseMonthsText(f.si.titleBaseMonths, f.si.titleBasePendingYear === 0 ? f.si.titleBaseUnknownMonths : 0, tb),
      );
    titleLine.reason =
      why.length > 0
        ? msg('points.title.notCounted', {
            name: tn,
            points: full,
            reasons: { zh: why.map((w) => w.zh).join('；'), en: why.map((w) => w.en).join('; ') },
          })
        : titleCounts
          ? msg('points.title.counts', { name: tn, points: title })
          : msg('points.title.notHigher', { name: tn, points: title, education: edu });
  }
  const raise = titleRaise(f, c, Math.max(edu, title));
  if (raise) titleLine.raise = raise;
  return [eduLine, titleLine];
}

/** S-4's base months in words: counted, needed, and the months a missing wage year left unjudged (they could not close the gap). */
function baseMonthsText(
  have: number,
  unknown: number,
  tb: CompiledPolicy['params']['points']['titleSiBase'],
): LocalizedText {
  const condition = { windowMonths: tb.windowMonths, multiple: tb.minMultiple, months: tb.months };
  if (have < 0) return msg('points.title.baseMonthsNotGiven', condition);
  return msg('points.title.baseMonths', {
    ...condition,
    have: Math.max(0, have),
    unknown: unknown > 0 ? msg('points.title.baseMonthsUnknown', { months: unknown }) : NOTHING,
  });
}

/**
 * What would raise the title line. A higher level that needs the base
 * condition says so when the holder's months do not meet it, and a
 * failed base condition on the level held is named first: a better
 * certificate alone would not help then.
 */
function titleRaise(f: PointsFacts, c: CompiledPolicy, best: number): PointsLine['raise'] {
  const t = f.input.title;
  const tb = c.params.points.titleSiBase;
  const baseMet = f.si.titleBaseMonths >= tb.months;
  const need = (level: TitleLevel) => titleNeedsBase(level) && !baseMet;
  const baseCondition = () =>
    msg('points.title.baseCondition', {
      windowMonths: tb.windowMonths,
      months: tb.months,
      multiple: tb.minMultiple,
      have: Math.max(0, f.si.titleBaseMonths),
    });
  if (t && t.obtainedInShanghai && t.jobMatches && need(t.level) && c.titlePoints[t.level] > best) {
    const gain = c.titlePoints[t.level] - best;
    return msg('points.title.raiseWithBase', { name: TITLE_NAMES[t.level], gain, condition: baseCondition() });
  }
  const nextTitle = TITLE_LEVELS.slice(t ? TITLE_LEVELS.indexOf(t.level) + 1 : 0).find((l) => c.titlePoints[l] > best);
  if (!nextTitle) return undefined;
  const gain = c.titlePoints[nextTitle] - best;
  const condition = need(nextTitle) ? baseCondition() : NOTHING;
  return msg('points.title.raise', { name: TITLE_NAMES[nextTitle], condition, gain });
}
