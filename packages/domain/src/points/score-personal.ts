import type { CompiledPolicy } from './compiled-policy.ts';
import type { PointsFacts } from './facts.ts';
import { EDUCATION_LEVELS, TITLE_LEVELS, type EducationLevel, type TitleLevel } from './input.ts';
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
  const pts = agePoints(f.age, c);
  const l = line('age', 'S-2', pts);
  if (!explain) return l;
  const a = c.params.points.age;
  l.reason = text(
    `年龄${f.age}周岁（按测评日已满周岁计）：${pts}分（${a.baseMinAge}-${a.baseMaxAge}岁${a.basePoints}分，每年轻1岁加${a.pointsPerYearYounger}分，最高${a.max}分${a.baseMaxAge}岁以上0分）`,
    `Age ${f.age} in completed years on the evaluation date: ${pts} points (${a.basePoints} at ${a.baseMinAge}-${a.baseMaxAge}, +${a.pointsPerYearYounger} per year younger, at most ${a.max}; over ${a.baseMaxAge}: 0)`,
  );
  return l;
}

/** S-4 route conditions: obtained in Shanghai, job matches (C-4), base requirement met. */
export function titleRawPoints(f: PointsFacts, c: CompiledPolicy): number {
  const t = f.input.title;
  if (!t || !t.obtainedInShanghai || !t.jobMatches) return 0;
  if (f.si.titleBaseMonths < c.params.points.titleSiBase.months) return 0;
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
  if (t && f.si.missingWageYear !== 0 && f.si.titleBaseMonths < tb.months) titleLine.error = { ...wageYearMissing(f.si.missingWageYear), ruleId: 'S-4' };
  if (!explain) return [eduLine, titleLine];

  const name = EDUCATION_NAMES[f.input.education];
  const gated = edu === 0 && c.educationPoints[f.input.education] > 0;
  eduLine.reason = gated
    ? text(`${name.zh}：因未满足C-1社保要求，学历积分不计`, `${name.en}: education points do not count because C-1 is not met`)
    : titleCounts
      ? text(`${name.zh}${edu}分；S-5 学历与职称取高，职称${title}分更高，学历不计`, `${name.en} ${edu} points; S-5 counts the higher of education and title: the title's ${title} counts instead`)
      : text(`${name.zh}：${edu}分`, `${name.en}: ${edu} points`);
  const nextEdu = EDUCATION_LEVELS[EDUCATION_LEVELS.indexOf(f.input.education) + 1];
  if (nextEdu) {
    const gain = Math.max(0, c.educationPoints[nextEdu] - Math.max(edu, title));
    if (gain > 0) eduLine.raise = text(`取得${EDUCATION_NAMES[nextEdu].zh}可加${gain}分`, `${EDUCATION_NAMES[nextEdu].en} would add ${gain} points`);
  }

  if (!t) {
    titleLine.reason = text('未申报职称或技能等级', 'no professional title or skill level claimed');
  } else {
    const tn = TITLE_NAMES[t.level];
    const full = c.titlePoints[t.level];
    const why: string[][] = [];
    if (!t.obtainedInShanghai) why.push(['非在沪工作期间取得', 'not obtained while working in Shanghai']);
    if (!t.jobMatches) why.push(['C-4 岗位与职称/技能不符，请更新岗位说明书', 'C-4: the job does not match; update the job description']);
    if (titleLine.error) why.push([titleLine.error.message.zh, titleLine.error.message.en]);
    else if (f.si.titleBaseMonths < tb.months)
      why.push([
        `近${tb.windowMonths}个月社保基数达到上年平均工资${tb.minMultiple}倍的月份${Math.max(0, f.si.titleBaseMonths)}个，需${tb.months}个`,
        `${Math.max(0, f.si.titleBaseMonths)} month(s) of the last ${tb.windowMonths} at a base of at least ${tb.minMultiple}x the previous year's average wage; ${tb.months} needed`,
      ]);
    titleLine.reason =
      why.length > 0
        ? text(`${tn.zh}（${full}分）不计：${why.map((w) => w[0]).join('；')}`, `${tn.en} (${full} points) does not count: ${why.map((w) => w[1]).join('; ')}`)
        : titleCounts
          ? text(`${tn.zh}：${title}分（S-5 高于学历，取职称）`, `${tn.en}: ${title} points (S-5: higher than education, so the title counts)`)
          : text(`${tn.zh}${title}分；S-5 不高于学历${edu}分，不累加`, `${tn.en} ${title} points; S-5: not higher than education's ${edu}, never both`);
  }
  const nextTitle = TITLE_LEVELS.slice(t ? TITLE_LEVELS.indexOf(t.level) + 1 : 0).find((l) => c.titlePoints[l] > Math.max(edu, title));
  if (nextTitle) {
    const gain = c.titlePoints[nextTitle] - Math.max(edu, title);
    titleLine.raise = text(`在沪取得${TITLE_NAMES[nextTitle].zh}且岗位匹配可加${gain}分`, `${TITLE_NAMES[nextTitle].en} obtained in Shanghai with a matching job would add ${gain} points`);
  }
  return [eduLine, titleLine];
}
