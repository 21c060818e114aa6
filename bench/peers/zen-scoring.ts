// The points scoring table as a GoRules JDM graph (decision tables for the
// banded indicators, expressions for the arithmetic), generated from the
// same policy parameters our engine reads.
import { ZenEngine, type ZenDecision } from '@gorules/zen-engine';
import type { PolicyParams } from '@jifen/domain';
import type { PeerFacts } from './peer-facts.ts';

type Rule = Record<string, string>;
let nodeY = 0;
const pos = () => ({ x: 0, y: (nodeY += 100) });

function table(id: string, field: string, out: string, rules: [string, number][]) {
  return {
    id,
    type: 'decisionTableNode',
    name: id,
    position: pos(),
    content: {
      hitPolicy: 'first',
      passThrough: true,
      inputField: null,
      outputPath: null,
      executionMode: 'single',
      inputs: [{ id: `${id}_in`, name: field, field }],
      outputs: [{ id: `${id}_out`, name: out, field: out }],
      rules: rules.map(
        ([cond, pts], i): Rule => ({ _id: `${id}_${i}`, [`${id}_in`]: cond, [`${id}_out`]: String(pts) }),
      ),
    },
  };
}

function expressions(id: string, list: [string, string][]) {
  return {
    id,
    type: 'expressionNode',
    name: id,
    position: pos(),
    content: {
      passThrough: true,
      inputField: null,
      outputPath: null,
      executionMode: 'single',
      expressions: list.map(([key, value], i) => ({ id: `${id}_${i}`, key, value })),
    },
  };
}

export function zenScoringGraph(params: PolicyParams): object {
  const p = params.points;
  const a = p.age;
  const ageRules: [string, number][] = [
    [`> ${a.baseMaxAge}`, 0],
    [`>= ${a.baseMinAge}`, a.basePoints],
  ];
  for (let age = a.baseMinAge - 1; age >= 0; age--) {
    const pts = Math.min(a.max, a.basePoints + (a.baseMinAge - age) * a.pointsPerYearYounger);
    ageRules.push([`>= ${age}`, pts]);
    if (pts === a.max) break;
  }
  ageRules.push(['', a.max]);
  const edu: [string, number][] = Object.entries(p.education).map(([k, v]) => [`"${k}"`, v]);
  edu.push(['', 0]);
  const title: [string, number][] = Object.entries(p.title).map(([k, v]) => [`"${k}"`, v]);
  title.push(['', 0]);
  const tiers = [...p.baseMultipleTiers].sort((x, y) => y.points - x.points);
  const comm: [string, number][] = Object.entries(p.commendation).map(([k, v]) => [`"${k}"`, v]);
  comm.push(['', 0]);
  const ya = (v: string, r: { pointsPerYear: number; afterYears: number; max: number | null }) =>
    `${v} < ${r.afterYears} ? 0 : ${r.max === null ? `${v} * ${r.pointsPerYear}` : `min([${r.max}, ${v} * ${r.pointsPerYear}])`}`;
  const inv = p.investment;
  const nodes = [
    { id: 'request', type: 'inputNode', name: 'request', position: pos() },
    table('age', 'age', 'agePoints', ageRules),
    table('edu', 'education', 'eduPoints', edu),
    table('title', 'titleLevel', 'titleTable', title),
    table('comm', 'commendation', 'commPoints', comm),
    expressions('derive', [
      ['titlePoints', 'titleOk ? titleTable : 0'],
      ['siYears', `floor(qualifyingMonths / 12) * ${p.siYearPoints}`],
      [
        'tierPoints',
        tiers.map((t) => `tierCounts[${p.baseMultipleTiers.indexOf(t)}] >= ${t.months} ? ${t.points} : `).join('') +
          '0',
      ],
      ['shortage', `shortageMajor ? ${p.shortageMajor} : 0`],
      ['talentPoints', `talent ? ${p.entrepreneur} : 0`],
      ['ps', ya('publicServiceYears', p.publicService)],
      ['rs', ya('remoteSuburbYears', p.remoteSuburb)],
      ['fresh', `freshGraduate ? ${p.freshGraduate} : 0`],
      ['spouse', `min([${p.spouseHukou.max}, marriageYears * ${p.spouseHukou.pointsPerYear}])`],
      [
        'invest',
        `min([${inv.cap}, max([floor(averageAnnualTaxYuan / ${inv.taxUnitYuan}), floor(localHiresPerYear / ${inv.hiresUnit})]) * ${inv.pointsPerUnit}])`,
      ],
    ]),
    expressions('sum', [
      [
        'total',
        'agePoints + max([eduPoints, titlePoints]) + siYears + shortage + talentPoints + tierPoints + ps + rs + fresh + commPoints + spouse + invest',
      ],
    ]),
    { id: 'response', type: 'outputNode', name: 'response', position: pos() },
  ];
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, type: 'edge', sourceId: nodes[i]?.id, targetId: n.id }));
  return { contentType: 'application/vnd.gorules.decision', nodes, edges };
}

export function zenDecision(params: PolicyParams): { engine: ZenEngine; decision: ZenDecision } {
  const engine = new ZenEngine();
  const decision = engine.createDecision(zenScoringGraph(params));
  return { engine, decision };
}

export async function zenTotal(decision: ZenDecision, facts: PeerFacts): Promise<number> {
  const r = await decision.evaluate(facts);
  return (r.result as { total: number }).total;
}
