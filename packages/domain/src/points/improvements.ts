import type { LocalizedText, RuleId } from '../result.ts';
import { totalOfFacts } from './assess.ts';
import { compilePolicy, type AssessmentPolicy, type CompiledPolicy } from './compiled-policy.ts';
import { factsOf, type PointsFacts } from './facts.ts';
import {
  COMMENDATION_LEVELS,
  EDUCATION_LEVELS,
  TITLE_LEVELS,
  titleNeedsBase,
  type AssessmentInput,
  type TitleLevel,
} from './input.ts';
import type { Indicator } from './line.ts';
import { EDUCATION_NAMES, TITLE_NAMES } from './score-personal.ts';

/** One what-if: a change the person could make, and what it is worth today. */
export interface Improvement {
  indicator: Indicator;
  ruleId: RuleId;
  gain: number;
  newTotal: number;
  text: LocalizedText;
}

type Candidate = { indicator: Indicator; ruleId: RuleId; facts: PointsFacts; text: LocalizedText };

/**
 * What-ifs ranked by points gained on `asOf` (highest first; ties keep the
 * order below). Each candidate changes the facts and scores again with the
 * same scorers, so a what-if never disagrees with an assessment.
 */
export function rankImprovements(input: AssessmentInput, asOf: string, policy: AssessmentPolicy): Improvement[] {
  const c = compilePolicy(policy);
  return rankImprovementsOfFacts(factsOf(input, asOf, c), c);
}

/** The same from facts already worked out on asOf (`assessWithOutlook` shares them). */
export function rankImprovementsOfFacts(base: PointsFacts, c: CompiledPolicy): Improvement[] {
  const now = totalOfFacts(base, c);
  const out: Improvement[] = [];
  for (const cand of candidatesOf(base, c)) {
    const newTotal = totalOfFacts(cand.facts, c);
    const gain = newTotal - now;
    if (gain > 0) {
      out.push({
        indicator: cand.indicator,
        ruleId: cand.ruleId,
        gain,
        newTotal,
        text: {
          zh: `${cand.text.zh}：+${gain}分，合计${newTotal}分`,
          en: `${cand.text.en}: +${gain} points, total ${newTotal}`,
        },
      });
    }
  }
  return out.sort((a, b) => b.gain - a.gain);
}

function withInput(f: PointsFacts, patch: Partial<AssessmentInput>): PointsFacts {
  return { ...f, input: { ...f.input, ...patch } };
}

function candidatesOf(f: PointsFacts, c: CompiledPolicy): Candidate[] {
  const out: Candidate[] = [];
  const input = f.input;
  for (const level of EDUCATION_LEVELS.slice(EDUCATION_LEVELS.indexOf(input.education) + 1)) {
    const n = EDUCATION_NAMES[level];
    out.push({
      indicator: 'education',
      ruleId: 'S-3',
      facts: withInput(f, { education: level }),
      text: { zh: `S-3 取得${n.zh}`, en: `S-3 obtain ${n.en}` },
    });
  }

  const tb = c.params.points.titleSiBase;
  const baseMet = f.si.titleBaseMonths >= tb.months;
  const baseNote = baseMet
    ? { zh: '', en: '' }
    : {
        zh: `，且近${tb.windowMonths}个月中${tb.months}个月社保基数不低于上年平均工资`,
        en: `, with ${tb.months} of the last ${tb.windowMonths} months at a base of at least the previous year's average wage`,
      };
  const titleFacts = (patch: Partial<AssessmentInput>): PointsFacts => {
    const g = withInput(f, patch);
    return baseMet ? g : { ...g, si: { ...g.si, titleBaseMonths: tb.months, titleBasePendingYear: 0 } };
  };
  const fromTitle = input.title ? TITLE_LEVELS.indexOf(input.title.level) + 1 : 0;
  // S-4: only 技能二级/一级 and 中级/高级职称 need the base condition.
  const noteFor = (level: TitleLevel) => (titleNeedsBase(level) ? baseNote : { zh: '', en: '' });
  if (
    input.title &&
    (!input.title.jobMatches || !input.title.obtainedInShanghai || (!baseMet && titleNeedsBase(input.title.level)))
  ) {
    const n = TITLE_NAMES[input.title.level];
    const baseNoteHeld = noteFor(input.title.level);
    out.push({
      indicator: 'title',
      ruleId: 'C-4',
      facts: titleFacts({ title: { ...input.title, jobMatches: true, obtainedInShanghai: true } }),
      text: {
        zh: `C-4 使${n.zh}被认可（岗位说明书与职称匹配${baseNoteHeld.zh}）`,
        en: `C-4 get the ${n.en} recognised (job description matching the title${baseNoteHeld.en})`,
      },
    });
  }
  for (const level of TITLE_LEVELS.slice(fromTitle)) {
    const n = TITLE_NAMES[level];
    out.push({
      indicator: 'title',
      ruleId: 'S-4',
      facts: titleFacts({ title: { level, obtainedInShanghai: true, jobMatches: true } }),
      text: {
        zh: `S-4 在沪取得${n.zh}且岗位匹配${noteFor(level).zh}`,
        en: `S-4 obtain a ${n.en} in Shanghai with a matching job${noteFor(level).en}`,
      },
    });
  }

  if (!input.shortageMajor || !input.shortageMajor.jobMatches) {
    out.push({
      indicator: 'shortageMajor',
      ruleId: input.shortageMajor ? 'C-4' : 'S-7',
      facts: withInput(f, { shortageMajor: { jobMatches: true } }),
      text: input.shortageMajor
        ? {
            zh: 'C-4 更新岗位说明书使岗位与紧缺专业匹配',
            en: 'C-4 update the job description to match the shortage major',
          }
        : { zh: 'S-7 紧缺急需专业且岗位匹配', en: 'S-7 a shortage major with a matching job' },
    });
  }

  c.tiers.forEach((tier, i) => {
    out.push({
      indicator: 'baseMultiple',
      ruleId: 'S-9',
      facts: { ...f, si: { ...f.si, tierIndex: i, tierPendingYear: 0 } },
      text: {
        zh: `S-9 近${tier.windowMonths / 12}年内${tier.months}个月社保基数不低于上年平均工资${tier.minMultiple}倍`,
        en: `S-9 ${tier.months} months within ${tier.windowMonths / 12} years at a base of at least ${tier.minMultiple}x the previous year's average wage`,
      },
    });
  });

  for (const level of COMMENDATION_LEVELS) {
    out.push({
      indicator: 'commendation',
      ruleId: 'S-13',
      facts: { ...f, commendation: level },
      text: {
        zh: `S-13 获得${level === 'provincial' ? '省部级及以上' : level === 'municipal' ? '市级综合' : '市级委办局专项'}表彰`,
        en: `S-13 a ${level.replace('_', '-')} commendation`,
      },
    });
  }

  const inv = c.params.points.investment;
  const taxUnits = Math.floor((input.investment?.averageAnnualTaxYuan ?? 0) / inv.taxUnitYuan);
  out.push({
    indicator: 'investment',
    ruleId: 'S-15',
    facts: withInput(f, {
      investment: { ...input.investment, averageAnnualTaxYuan: (taxUnits + 1) * inv.taxUnitYuan },
    }),
    text: {
      zh: `S-15 近3年年均纳税达到${(taxUnits + 1) * inv.taxUnitYuan}元`,
      en: `S-15 average annual tax of ${(taxUnits + 1) * inv.taxUnitYuan} yuan over 3 years`,
    },
  });
  return out;
}
