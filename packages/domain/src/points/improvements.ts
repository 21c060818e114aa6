import { msg } from '@jifen/messages/domain';
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

/** `text` is worded only for a candidate that gains points (most do not: issue 20, a sixth of the what-ifs' time). */
type Candidate = { indicator: Indicator; ruleId: RuleId; facts: PointsFacts; text: () => LocalizedText };

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
        text: msg('points.improvements.total', { step: cand.text(), gain, total: newTotal }),
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
      text: () => msg('points.improvements.education', { name: n }),
    });
  }

  const tb = c.params.points.titleSiBase;
  const baseMet = f.si.titleBaseMonths >= tb.months;
  const baseNote = (): LocalizedText =>
    baseMet
      ? { zh: '', en: '' }
      : msg('points.improvements.baseNote', { windowMonths: tb.windowMonths, months: tb.months });
  const titleFacts = (patch: Partial<AssessmentInput>): PointsFacts => {
    const g = withInput(f, patch);
    return baseMet ? g : { ...g, si: { ...g.si, titleBaseMonths: tb.months, titleBasePendingYear: 0 } };
  };
  const fromTitle = input.title ? TITLE_LEVELS.indexOf(input.title.level) + 1 : 0;
  // S-4: only 技能二级/一级 and 中级/高级职称 need the base condition.
  const noteFor = (level: TitleLevel) => (titleNeedsBase(level) ? baseNote() : { zh: '', en: '' });
  if (
    input.title &&
    (!input.title.jobMatches || !input.title.obtainedInShanghai || (!baseMet && titleNeedsBase(input.title.level)))
  ) {
    const n = TITLE_NAMES[input.title.level];
    const held = input.title.level;
    out.push({
      indicator: 'title',
      ruleId: 'C-4',
      facts: titleFacts({ title: { ...input.title, jobMatches: true, obtainedInShanghai: true } }),
      text: () => msg('points.improvements.titleRecognised', { name: n, note: noteFor(held) }),
    });
  }
  for (const level of TITLE_LEVELS.slice(fromTitle)) {
    const n = TITLE_NAMES[level];
    out.push({
      indicator: 'title',
      ruleId: 'S-4',
      facts: titleFacts({ title: { level, obtainedInShanghai: true, jobMatches: true } }),
      text: () => msg('points.improvements.title', { name: n, note: noteFor(level) }),
    });
  }

  if (!input.shortageMajor || !input.shortageMajor.jobMatches) {
    out.push({
      indicator: 'shortageMajor',
      ruleId: input.shortageMajor ? 'C-4' : 'S-7',
      facts: withInput(f, { shortageMajor: { jobMatches: true } }),
      text: () =>
        input.shortageMajor ? msg('points.improvements.majorJobMatch') : msg('points.improvements.shortageMajor'),
    });
  }

  c.tiers.forEach((tier, i) => {
    // A tier needs its months paid at the base (S-9): one the insured months so far cannot hold is not offered,
    // as the summary itself never scores it (summaryFacts).
    if (tier.months > f.si.qualifyingMonths) return;
    out.push({
      indicator: 'baseMultiple',
      ruleId: 'S-9',
      facts: { ...f, si: { ...f.si, tierIndex: i, tierPendingYear: 0 } },
      text: () =>
        msg('points.improvements.baseMultiple', {
          years: tier.windowMonths / 12,
          months: tier.months,
          multiple: tier.minMultiple,
        }),
    });
  });

  for (const level of COMMENDATION_LEVELS) {
    out.push({
      indicator: 'commendation',
      ruleId: 'S-13',
      facts: { ...f, commendation: level },
      text: () =>
        level === 'provincial'
          ? msg('points.improvements.commendationProvincial')
          : level === 'municipal'
            ? msg('points.improvements.commendationMunicipal')
            : msg('points.improvements.commendationMunicipalBureau'),
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
    text: () => msg('points.improvements.investment', { tax: (taxUnits + 1) * inv.taxUnitYuan }),
  });
  return out;
}
