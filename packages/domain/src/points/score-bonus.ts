import type { CompiledPolicy } from './compiled-policy.ts';
import type { PointsFacts } from './facts.ts';
import type { CommendationLevel } from './input.ts';
import { line, text, type PointsLine } from './line.ts';

const COMMENDATION_NAMES: Record<CommendationLevel, { zh: string; en: string }> = {
  municipal_bureau: text('市级委办局专项表彰', 'municipal-bureau special commendation'),
  municipal: text('市级综合表彰', 'municipal comprehensive commendation'),
  provincial: text('省部级及以上表彰', 'provincial/ministerial or higher commendation'),
};

export function scoreShortageMajor(f: PointsFacts, c: CompiledPolicy, explain: boolean): PointsLine {
  const m = f.input.shortageMajor;
  const full = c.params.points.shortageMajor;
  const l = line('shortageMajor', 'S-7', m && m.jobMatches ? full : 0);
  if (!explain) return l;
  l.reason = !m
    ? text('未申报紧缺急需专业', 'no shortage major claimed')
    : m.jobMatches
      ? text(`紧缺急需专业且岗位匹配：${full}分`, `Shortage major with a matching job: ${full} points`)
      : text(
          `紧缺急需专业${full}分不计：C-4 岗位与专业不符，请更新岗位说明书`,
          `Shortage major (${full} points) does not count: C-4, the job does not match; update the job description`,
        );
  if (!m || !m.jobMatches)
    l.raise = text(
      `紧缺急需专业且岗位匹配可加${full}分`,
      `A shortage major with a matching job would add ${full} points`,
    );
  return l;
}

export function scoreTalent(f: PointsFacts, c: CompiledPolicy, explain: boolean): PointsLine {
  const full = c.params.points.entrepreneur;
  const l = line('talent', 'S-8', f.input.talent ? full : 0);
  if (!explain) return l;
  l.reason = f.input.talent
    ? text(
        `${f.input.talent === 'entrepreneur' ? '创业人才' : '创新创业中介服务人才'}：${full}分`,
        `${f.input.talent === 'entrepreneur' ? 'Entrepreneur talent' : 'Innovation-intermediary talent'}: ${full} points`,
      )
    : text('非创业人才或创新创业中介服务人才', 'not an entrepreneur or innovation-intermediary talent');
  return l;
}

/**
 * S-10, S-11 "counted after N years" (满N年后开始计入): nothing before N full
 * years; from N years on every full year counts, up to the cap.
 */
export function yearsAfterPoints(
  years: number,
  rule: { pointsPerYear: number; afterYears: number; max: number | null },
): number {
  if (years < rule.afterYears) return 0;
  const pts = years * rule.pointsPerYear;
  return rule.max === null ? pts : Math.min(rule.max, pts);
}

function scoreYearsAfter(
  indicator: 'publicService' | 'remoteSuburb',
  years: number,
  c: CompiledPolicy,
  explain: boolean,
): PointsLine {
  const rule = indicator === 'publicService' ? c.params.points.publicService : c.params.points.remoteSuburb;
  const l = line(indicator, indicator === 'publicService' ? 'S-10' : 'S-11', yearsAfterPoints(years, rule));
  if (!explain) return l;
  const where =
    indicator === 'publicService'
      ? text('特定公共服务领域', 'public-service fields')
      : text('远郊重点区域', 'key remote-suburb areas');
  const cap = rule.max === null ? text('', '') : text(`，最高${rule.max}分`, `, at most ${rule.max}`);
  l.reason = text(
    `在${where.zh}工作${years}年（满${rule.afterYears}年后开始计入，每满1年${rule.pointsPerYear}分${cap.zh}）：${l.points}分`,
    `${years} year(s) in ${where.en} (counted from ${rule.afterYears} full years, ${rule.pointsPerYear} per year${cap.en}): ${l.points} points`,
  );
  const next = Math.max(years + 1, rule.afterYears);
  const gain = yearsAfterPoints(next, rule) - l.points;
  if (gain > 0) l.raise = text(`满${next}年可加${gain}分`, `${next} full years would add ${gain} points`);
  return l;
}

export const scorePublicService = (f: PointsFacts, c: CompiledPolicy, explain: boolean) =>
  scoreYearsAfter('publicService', f.publicServiceYears, c, explain);
export const scoreRemoteSuburb = (f: PointsFacts, c: CompiledPolicy, explain: boolean) =>
  scoreYearsAfter('remoteSuburb', f.remoteSuburbYears, c, explain);

export function scoreFreshGraduate(f: PointsFacts, c: CompiledPolicy, explain: boolean): PointsLine {
  const full = c.params.points.freshGraduate;
  const l = line('freshGraduate', 'S-12', f.input.freshGraduate ? full : 0);
  if (!explain) return l;
  l.reason = f.input.freshGraduate
    ? text(`全日制应届高校毕业生：${full}分`, `Full-time fresh university graduate: ${full} points`)
    : text('未申报全日制应届高校毕业生', 'not claimed as a full-time fresh graduate');
  return l;
}

export function scoreCommendation(f: PointsFacts, c: CompiledPolicy, explain: boolean): PointsLine {
  const best = f.commendation;
  const l = line('commendation', 'S-13', best ? c.commendationPoints[best] : 0);
  if (!explain) return l;
  l.reason = best
    ? text(
        `${COMMENDATION_NAMES[best].zh}：${l.points}分（多项表彰取最高）`,
        `${COMMENDATION_NAMES[best].en}: ${l.points} points (the highest counts)`,
      )
    : text('无表彰奖励', 'no commendation');
  const higher = (Object.keys(c.commendationPoints) as CommendationLevel[])
    .filter((k) => c.commendationPoints[k] > l.points)
    .sort((a, b) => c.commendationPoints[a] - c.commendationPoints[b])[0];
  if (higher)
    l.raise = text(
      `获得${COMMENDATION_NAMES[higher].zh}可加${c.commendationPoints[higher] - l.points}分`,
      `A ${COMMENDATION_NAMES[higher].en} would add ${c.commendationPoints[higher] - l.points} points`,
    );
  return l;
}

export function spousePoints(marriageYears: number, c: CompiledPolicy): number {
  const s = c.params.points.spouseHukou;
  return marriageYears <= 0 ? 0 : Math.min(s.max, marriageYears * s.pointsPerYear);
}

export function scoreSpouse(f: PointsFacts, c: CompiledPolicy, explain: boolean): PointsLine {
  const s = c.params.points.spouseHukou;
  const l = line('spouseHukou', 'S-14', spousePoints(f.marriageYears, c));
  if (!explain) return l;
  l.reason =
    f.marriageYears < 0
      ? text('配偶非上海户籍或未申报', 'no spouse with Shanghai hukou claimed')
      : text(
          `与上海户籍配偶结婚满${f.marriageYears}年，每满1年${s.pointsPerYear}分，最高${s.max}分：${l.points}分`,
          `${f.marriageYears} full year(s) married to a Shanghai-hukou spouse at ${s.pointsPerYear} per year, at most ${s.max}: ${l.points} points`,
        );
  if (f.marriageYears >= 0 && l.points < s.max)
    l.raise = text(
      `结婚每再满1年加${s.pointsPerYear}分`,
      `Each further full year of marriage adds ${s.pointsPerYear} points`,
    );
  return l;
}

/** S-15: per unit of average annual tax, or per unit of local hires; the better route counts, capped. */
export function investmentPoints(f: PointsFacts, c: CompiledPolicy): number {
  const inv = f.input.investment;
  if (!inv) return 0;
  const p = c.params.points.investment;
  const taxUnits = Math.floor((inv.averageAnnualTaxYuan ?? 0) / p.taxUnitYuan);
  const hireUnits = Math.floor((inv.localHiresPerYear ?? 0) / p.hiresUnit);
  return Math.min(p.cap, Math.max(taxUnits, hireUnits) * p.pointsPerUnit);
}

export function scoreInvestment(f: PointsFacts, c: CompiledPolicy, explain: boolean): PointsLine {
  const l = line('investment', 'S-15', investmentPoints(f, c));
  if (!explain) return l;
  const p = c.params.points.investment;
  const inv = f.input.investment;
  l.reason = !inv
    ? text('未申报投资纳税或带动本地就业', 'no investment, tax or local hiring claimed')
    : text(
        `近3年年均纳税${inv.averageAnnualTaxYuan ?? 0}元、年均聘用本市户籍${inv.localHiresPerYear ?? 0}人；每${p.taxUnitYuan}元或每${p.hiresUnit}人${p.pointsPerUnit}分，取较高者，最高${p.cap}分：${l.points}分`,
        `Average annual tax ${inv.averageAnnualTaxYuan ?? 0} yuan, ${inv.localHiresPerYear ?? 0} local hires a year; ${p.pointsPerUnit} per ${p.taxUnitYuan} yuan or per ${p.hiresUnit} hires, the better route, at most ${p.cap}: ${l.points} points`,
      );
  return l;
}
