import type { CompiledPolicy } from './compiled-policy.ts';
import type { PointsFacts } from './facts.ts';
import { EDUCATION_LEVELS, TITLE_LEVELS, titleNeedsBase, type EducationLevel, type TitleLevel } from './input.ts';
import { ageInputError } from './age-input.ts';
import { line, text, type PointsLine } from './line.ts';
import { wageYearMissing } from '../policy/wage-table.ts';

export const EDUCATION_NAMES: Record<EducationLevel, { zh: string; en: string }> = {
  none: text('无大专及以上学历', 'no college degree'),
  dazhuan: text('大专/高职', 'college diploma (dazhuan)'),
  benke: text('本科', "bachelor's-level study (benke)"),
  benke_bachelor: text('本科+学士学位', "benke with bachelor's degree"),
  master: text('硕士', "master's degree"),
  doctor: text('博士', 'doctorate'),
};

export const TITLE_NAMES: Record<TitleLevel, { zh: string; en: string }> = {
  skill5: text('技能五级', 'skill level 5'),
  skill4: text('技能四级', 'skill level 4'),
  skill3: text('技能三级', 'skill level 3'),
  skill2: text('技能二级', 'skill level 2'),
  intermediate: text('中级职称', 'intermediate professional title'),
  skill1: text('技能一级', 'skill level 1'),
  senior: text('高级职称', 'senior professional title'),
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
  l.reason = text(
    `年龄${f.age}周岁（按测评日已满周岁计）：${pts}分。${a.baseMinAge}-${a.baseMaxAge}岁${a.basePoints}分，每年轻1岁加${a.pointsPerYearYounger}分，最高${a.max}分；${a.baseMaxAge}岁以上0分`,
    `Age ${f.age} in completed years on the evaluation date: ${pts} points. ${a.basePoints} at ${a.baseMinAge}-${a.baseMaxAge}, +${a.pointsPerYearYounger} per year younger, at most ${a.max}; over ${a.baseMaxAge}: 0`,
  );
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
    ? text(
        `${name.zh}：因未满足C-1社保要求，学历积分不计`,
        `${name.en}: education points do not count because C-1 is not met`,
      )
    : titleCounts
      ? text(
          `${name.zh}${edu}分；S-5 学历与职称取高，职称${title}分更高，学历不计`,
          `${name.en} ${edu} points; S-5 counts the higher of education and title: the title's ${title} counts instead`,
        )
      : text(`${name.zh}：${edu}分`, `${name.en}: ${edu} points`);
  const nextEdu = EDUCATION_LEVELS[EDUCATION_LEVELS.indexOf(f.input.education) + 1];
  if (nextEdu) {
    const gain = Math.max(0, c.educationPoints[nextEdu] - Math.max(edu, title));
    if (gain > 0)
      eduLine.raise = text(
        `取得${EDUCATION_NAMES[nextEdu].zh}可加${gain}分`,
        `${EDUCATION_NAMES[nextEdu].en} would add ${gain} points`,
      );
  }

  if (!t) {
    titleLine.reason = text('未申报职称或技能等级', 'no professional title or skill level claimed');
  } else {
    const tn = TITLE_NAMES[t.level];
    const full = c.titlePoints[t.level];
    const why: string[][] = [];
    if (!t.obtainedInShanghai) why.push(['非在沪工作期间取得', 'not obtained while working in Shanghai']);
    if (!t.jobMatches)
      why.push([
        'C-4 岗位与职称/技能不符，请更新岗位说明书',
        'C-4: the job does not match; update the job description',
      ]);
    if (titleLine.error) why.push([titleLine.error.message.zh, titleLine.error.message.en]);
    else if (baseFailed)
      why.push(
        baseMonthsText(f.si.titleBaseMonths, f.si.titleBasePendingYear === 0 ? f.si.titleBaseUnknownMonths : 0, tb),
      );
    titleLine.reason =
      why.length > 0
        ? text(
            `${tn.zh}（${full}分）不计：${why.map((w) => w[0]).join('；')}`,
            `${tn.en} (${full} points) does not count: ${why.map((w) => w[1]).join('; ')}`,
          )
        : titleCounts
          ? text(
              `${tn.zh}：${title}分（S-5 高于学历，取职称）`,
              `${tn.en}: ${title} points (S-5: higher than education, so the title counts)`,
            )
          : text(
              `${tn.zh}${title}分；S-5 不高于学历${edu}分，不累加`,
              `${tn.en} ${title} points; S-5: not higher than education's ${edu}, never both`,
            );
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
): [string, string] {
  const n = Math.max(0, have);
  if (have < 0)
    return [
      `未填报近${tb.windowMonths}个月社保基数达到上年平均工资${tb.minMultiple}倍的月份（需${tb.months}个）`,
      `the months of the last ${tb.windowMonths} at a base of at least ${tb.minMultiple}x the previous year's average wage were not given (${tb.months} needed)`,
    ];
  const open =
    unknown > 0
      ? [
          `；另有${unknown}个月缺少当年平均工资，即使达到也不足`,
          `; ${unknown} more month(s) lack a published average wage and could not make up the difference`,
        ]
      : ['', ''];
  return [
    `近${tb.windowMonths}个月社保基数达到上年平均工资${tb.minMultiple}倍的月份${n}个，需${tb.months}个${open[0]}`,
    `${n} month(s) of the last ${tb.windowMonths} at a base of at least ${tb.minMultiple}x the previous year's average wage; ${tb.months} needed${open[1]}`,
  ];
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
  const baseZh = `，并在近${tb.windowMonths}个月中有${tb.months}个月社保基数不低于上年平均工资${tb.minMultiple}倍（现有${Math.max(0, f.si.titleBaseMonths)}个月）`;
  const baseEn = `, with ${tb.months} of the last ${tb.windowMonths} months at a base of at least ${tb.minMultiple}x the previous year's average wage (${Math.max(0, f.si.titleBaseMonths)} now)`;
  if (t && t.obtainedInShanghai && t.jobMatches && need(t.level) && c.titlePoints[t.level] > best) {
    const gain = c.titlePoints[t.level] - best;
    return text(
      `${TITLE_NAMES[t.level].zh}的基数条件满足后可加${gain}分${baseZh}`,
      `meeting the base condition of the ${TITLE_NAMES[t.level].en} would add ${gain} points${baseEn}`,
    );
  }
  const nextTitle = TITLE_LEVELS.slice(t ? TITLE_LEVELS.indexOf(t.level) + 1 : 0).find((l) => c.titlePoints[l] > best);
  if (!nextTitle) return undefined;
  const gain = c.titlePoints[nextTitle] - best;
  const cond = need(nextTitle) ? [baseZh, baseEn] : ['', ''];
  return text(
    `在沪取得${TITLE_NAMES[nextTitle].zh}且岗位匹配${cond[0]}可加${gain}分`,
    `${TITLE_NAMES[nextTitle].en} obtained in Shanghai with a matching job${cond[1]} would add ${gain} points`,
  );
}
