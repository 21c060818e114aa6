// The points scoring table as json-rules-engine rules, generated from the
// same policy parameters. Each rule emits {indicator, points} or
// {indicator, per, unitsFact}; an indicator keeps its highest hit (one tier,
// the higher of education and title), then the hits are summed.
import { Engine, type RuleProperties } from 'json-rules-engine';
import type { PolicyParams } from '@jifen/domain';
import type { PeerFacts } from './peer-facts.ts';

type Cond = { fact: string; operator: string; value: unknown };
const rule = (indicator: string, all: Cond[], points: number, extra: Record<string, unknown> = {}): RuleProperties => ({
  conditions: { all },
  event: { type: 'points', params: { indicator, points, ...extra } },
});

export function jreRules(params: PolicyParams): RuleProperties[] {
  const p = params.points;
  const a = p.age;
  const rules: RuleProperties[] = [];
  rules.push(
    rule(
      'age',
      [
        { fact: 'age', operator: 'greaterThanInclusive', value: a.baseMinAge },
        { fact: 'age', operator: 'lessThanInclusive', value: a.baseMaxAge },
      ],
      a.basePoints,
    ),
  );
  for (let age = a.baseMinAge - 1; age >= 0; age--) {
    const pts = Math.min(a.max, a.basePoints + (a.baseMinAge - age) * a.pointsPerYearYounger);
    if (pts === a.max) {
      rules.push(rule('age', [{ fact: 'age', operator: 'lessThanInclusive', value: age }], pts));
      break;
    }
    rules.push(rule('age', [{ fact: 'age', operator: 'equal', value: age }], pts));
  }
  for (const [k, v] of Object.entries(p.education))
    rules.push(rule('eduTitle', [{ fact: 'education', operator: 'equal', value: k }], v));
  for (const [k, v] of Object.entries(p.title))
    rules.push(
      rule(
        'eduTitle',
        [
          { fact: 'titleLevel', operator: 'equal', value: k },
          { fact: 'titleOk', operator: 'equal', value: true },
        ],
        v,
      ),
    );
  p.baseMultipleTiers.forEach((t, i) =>
    rules.push(rule('tier', [{ fact: `tierCount${i}`, operator: 'greaterThanInclusive', value: t.months }], t.points)),
  );
  for (const [k, v] of Object.entries(p.commendation))
    rules.push(rule('commendation', [{ fact: 'commendation', operator: 'equal', value: k }], v));
  rules.push(rule('shortage', [{ fact: 'shortageMajor', operator: 'equal', value: true }], p.shortageMajor));
  rules.push(rule('talent', [{ fact: 'talent', operator: 'equal', value: true }], p.entrepreneur));
  rules.push(rule('fresh', [{ fact: 'freshGraduate', operator: 'equal', value: true }], p.freshGraduate));
  rules.push(
    rule('siYears', [{ fact: 'qualifyingMonths', operator: 'greaterThanInclusive', value: 12 }], 0, {
      per: p.siYearPoints,
      units: 'siFullYears',
    }),
  );
  rules.push(
    rule(
      'ps',
      [{ fact: 'publicServiceYears', operator: 'greaterThanInclusive', value: p.publicService.afterYears }],
      0,
      { per: p.publicService.pointsPerYear, units: 'publicServiceYears', cap: p.publicService.max },
    ),
  );
  rules.push(
    rule('rs', [{ fact: 'remoteSuburbYears', operator: 'greaterThanInclusive', value: p.remoteSuburb.afterYears }], 0, {
      per: p.remoteSuburb.pointsPerYear,
      units: 'remoteSuburbYears',
      cap: p.remoteSuburb.max,
    }),
  );
  rules.push(
    rule('spouse', [{ fact: 'marriageYears', operator: 'greaterThanInclusive', value: 1 }], 0, {
      per: p.spouseHukou.pointsPerYear,
      units: 'marriageYears',
      cap: p.spouseHukou.max,
    }),
  );
  rules.push(
    rule('invest', [{ fact: 'investUnits', operator: 'greaterThanInclusive', value: 1 }], 0, {
      per: p.investment.pointsPerUnit,
      units: 'investUnits',
      cap: p.investment.cap,
    }),
  );
  return rules;
}

export function jreEngine(params: PolicyParams): Engine {
  return new Engine(jreRules(params), { allowUndefinedFacts: true });
}

export async function jreTotal(engine: Engine, f: PeerFacts, params: PolicyParams): Promise<number> {
  const inv = params.points.investment;
  const facts: Record<string, unknown> = {
    ...f,
    siFullYears: Math.floor(f.qualifyingMonths / 12),
    investUnits: Math.max(
      Math.floor(f.averageAnnualTaxYuan / inv.taxUnitYuan),
      Math.floor(f.localHiresPerYear / inv.hiresUnit),
    ),
  };
  f.tierCounts.forEach((c, i) => (facts[`tierCount${i}`] = c));
  const { events } = await engine.run(facts);
  const best = new Map<string, number>();
  for (const e of events) {
    const ps = e.params as { indicator: string; points: number; per?: number; units?: string; cap?: number | null };
    let pts = ps.points;
    if (ps.per !== undefined && ps.units) {
      pts = ps.per * Number(facts[ps.units] ?? 0);
      if (ps.cap !== undefined && ps.cap !== null) pts = Math.min(ps.cap, pts);
    }
    best.set(ps.indicator, Math.max(best.get(ps.indicator) ?? 0, pts));
  }
  let total = 0;
  for (const v of best.values()) total += v;
  return total;
}
