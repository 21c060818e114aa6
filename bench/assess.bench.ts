// Points assessment throughput on one core, our engine against the same
// scoring table in json-rules-engine and @gorules/zen-engine, on inputs with
// 48 months of social-insurance and tax records. Also the public page's
// recompute: one explained assessment + rankImprovements + earliestDateReaching.
import { policySet } from '@jifen/policies';
import {
  assessmentPolicyOn,
  assessPoints,
  earliestDateReaching,
  rankImprovements,
  EDUCATION_LEVELS,
  TITLE_LEVELS,
  type AssessmentInput,
  type SiMonthRecord,
} from '@jifen/domain';
import { fmt, measureAsync, measureSync, type Measured } from './measure.ts';
import { jreEngine, jreTotal } from './peers/jre-scoring.ts';
import { peerFacts } from './peers/peer-facts.ts';
import { zenDecision, zenTotal } from './peers/zen-scoring.ts';

const ASOF = '2025-12-15';
const EMPLOYER = '91110000101623741K';
const GOALS = { ratio: 10, fast: 200_000, explained: 50_000, pageMs: 16 };

/** Deterministic inputs (a fixed LCG): varied people, each with 48 months of records. */
export function inputs(count: number): AssessmentInput[] {
  let seed = 42;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const out: AssessmentInput[] = [];
  for (let k = 0; k < count; k++) {
    const base = 8000 + rnd(30000);
    const months: SiMonthRecord[] = [];
    for (let i = 0; i < 48; i++) {
      const idx = 2022 * 12 + i; // 2022-01 .. 2025-12
      const month = `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
      const paid = rnd(20) !== 0;
      months.push({
        month,
        paid,
        backPaid: paid && rnd(40) === 0,
        base,
        employerUscc: EMPLOYER,
        taxDeclarers: [EMPLOYER],
        taxedIncome: base + rnd(3000),
      });
    }
    out.push({
      birthDate: `${1966 + rnd(35)}-${String(1 + rnd(12)).padStart(2, '0')}-${String(1 + rnd(28)).padStart(2, '0')}`,
      education: EDUCATION_LEVELS[rnd(EDUCATION_LEVELS.length)] ?? 'benke',
      title: rnd(2)
        ? {
            level: TITLE_LEVELS[rnd(TITLE_LEVELS.length)] ?? 'skill3',
            obtainedInShanghai: true,
            jobMatches: rnd(5) !== 0,
          }
        : undefined,
      shortageMajor: rnd(4) === 0 ? { jobMatches: true } : undefined,
      contractEmployerUscc: EMPLOYER,
      socialInsurance: { kind: 'records', months },
      publicServiceYears: rnd(10),
      remoteSuburbYears: rnd(12),
      freshGraduate: rnd(10) === 0,
      commendations: rnd(6) === 0 ? ['municipal'] : [],
      spouseHukouMarriageDate: rnd(3) === 0 ? '2019-05-20' : undefined,
      investment: { averageAnnualTaxYuan: rnd(3) === 0 ? rnd(1_500_000) : 0 },
    });
  }
  return out;
}

const pageInput: AssessmentInput = {
  birthDate: '1994-06-18',
  education: 'benke',
  title: { level: 'skill3', obtainedInShanghai: true, jobMatches: true },
  socialInsurance: {
    kind: 'summary',
    qualifyingMonths: 50,
    insuredThisMonth: true,
    monthsPaidInWindow: 12,
    baseMultipleTier: 1,
    titleBaseMonths: 8,
  },
  commendations: [],
  spouseHukouMarriageDate: '2021-10-01',
  remoteSuburbYears: 3,
};

export async function run(): Promise<boolean> {
  const selected = assessmentPolicyOn(policySet, ASOF);
  if (!selected.ok) throw new Error(selected.error.message.en);
  const policy = selected.value;
  const params = policy.params;
  const wages = policySet.wages.byYear;
  const list = inputs(64);
  const { engine: zen, decision } = zenDecision(params);
  const jre = jreEngine(params);

  // The three must agree before their speed means anything.
  for (const input of list) {
    const ours = assessPoints(input, ASOF, policy, { explain: false }).total;
    const f = peerFacts(input, ASOF, params, wages);
    const [z, j] = [await zenTotal(decision, f), await jreTotal(jre, f, params)];
    if (ours !== z || ours !== j)
      throw new Error(
        `engines disagree: ours ${ours}, zen ${z}, json-rules-engine ${j} for ${JSON.stringify(input).slice(0, 200)}`,
      );
  }

  let i = 0;
  const next = () => list[(i = (i + 1) & 63)] as AssessmentInput;
  let sink = 0;
  // Three interleaved rounds, best of each: the machine is shared, so a
  // round can lose the core to another process; the best is the engine's.
  const best = new Map<string, Measured>();
  const keep = (m: Measured) => {
    const prev = best.get(m.name);
    if (!prev || m.opsPerSec > prev.opsPerSec) best.set(m.name, m);
  };
  for (let round = 0; round < 3; round++) {
    keep(
      measureSync(
        'jifen, no explanations',
        () => (sink += assessPoints(next(), ASOF, policy, { explain: false }).total),
      ),
    );
    keep(
      measureSync(
        'jifen, with explanations',
        () => (sink += assessPoints(next(), ASOF, policy, { explain: true }).total),
      ),
    );
    keep(
      await measureAsync(
        '@gorules/zen-engine 0.52.1',
        async () => (sink += await zenTotal(decision, peerFacts(next(), ASOF, params, wages))),
      ),
    );
    keep(
      await measureAsync(
        'json-rules-engine 7.3.1',
        async () => (sink += await jreTotal(jre, peerFacts(next(), ASOF, params, wages), params)),
      ),
    );
  }
  const results = [...best.values()];
  zen.dispose();

  const [fast, explained, zenR, jreR] = results as [Measured, Measured, Measured, Measured];
  const fasterPeer = Math.max(zenR.opsPerSec, jreR.opsPerSec);
  const rows = results.map((r) => [r.name, fmt(r.opsPerSec), `${(r.opsPerSec / fasterPeer).toFixed(1)}x`]);
  const width = Math.max(...rows.map((r) => r[0]?.length ?? 0));
  console.log(
    `assessments per second, one core, 48 months of SI + tax records each (asOf ${ASOF}, policy ${policy.id})`,
  );
  console.log(`${'engine'.padEnd(width)}  ${'ops/s'.padStart(12)}  vs faster peer`);
  for (const [name, ops, ratio] of rows) console.log(`${name?.padEnd(width)}  ${ops?.padStart(12)}  ${ratio}`);

  // Page recompute: the public page's input (summary), everything it shows.
  const pageTimes: number[] = [];
  for (let k = 0; k < 500; k++) {
    // The first 200 runs warm the JIT up, as a page that recomputes on every keystroke would.
    const t0 = performance.now();
    const a = assessPoints(pageInput, ASOF, policy);
    const r = rankImprovements(pageInput, ASOF, policy);
    const e = earliestDateReaching(pageInput, ASOF, policy);
    if (k >= 200) pageTimes.push(performance.now() - t0);
    sink += a.total + r.length + (e.date ? 1 : 0);
  }
  pageTimes.sort((a, b) => a - b);
  const median = pageTimes[150] ?? 0;
  const p99 = pageTimes[297] ?? 0;
  console.log(
    `page recompute (assessment with explanations + rankImprovements + earliestDateReaching): median ${median.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms`,
  );

  const checks: [string, boolean][] = [
    [
      `no explanations >= ${GOALS.ratio}x the faster peer (${(fast.opsPerSec / fasterPeer).toFixed(1)}x)`,
      fast.opsPerSec >= GOALS.ratio * fasterPeer,
    ],
    [
      `with explanations >= ${GOALS.ratio}x the faster peer (${(explained.opsPerSec / fasterPeer).toFixed(1)}x)`,
      explained.opsPerSec >= GOALS.ratio * fasterPeer,
    ],
    [`no explanations >= ${fmt(GOALS.fast)}/s`, fast.opsPerSec >= GOALS.fast],
    [`with explanations >= ${fmt(GOALS.explained)}/s`, explained.opsPerSec >= GOALS.explained],
    [`page recompute p99 < ${GOALS.pageMs} ms`, p99 < GOALS.pageMs],
  ];
  for (const [what, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}`);
  if (sink === -1) console.log(sink);
  return checks.every(([, ok]) => ok);
}
