import type { ComparisonResponse } from '@jifen/contracts';
import { assessPoints, getPolicy, lifecycleTimeline, type AssessmentPolicy, type Policy } from '@jifen/domain';
import { shanghaiDate } from '../../clock.ts';
import type { ModuleDeps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { loadHolderInput } from '../applications/assessment-input.ts';
import { holdersForComparison } from './policy-data.repository.ts';
import { parametersOf } from './version-draft.ts';

const BUCKET = 20;

function diffParameters(a: Policy, b: Policy): ComparisonResponse['parameters'] {
  const pa = new Map(parametersOf(a.doc).map((p) => [p.path, p]));
  const pb = new Map(parametersOf(b.doc).map((p) => [p.path, p]));
  const out: ComparisonResponse['parameters'] = [];
  for (const path of new Set([...pa.keys(), ...pb.keys()])) {
    const x = pa.get(path);
    const y = pb.get(path);
    if (JSON.stringify(x?.value) === JSON.stringify(y?.value)) continue;
    out.push({
      path,
      a: x?.value ?? null,
      b: y?.value ?? null,
      sourceA: x?.source ?? null,
      sourceB: y?.source ?? null,
    });
  }
  return out;
}

function distribution(a: number[], b: number[]): ComparisonResponse['cases']['distribution'] {
  const top = Math.max(0, ...a, ...b);
  const rows: ComparisonResponse['cases']['distribution'] = [];
  for (let from = 0; from <= top; from += BUCKET) {
    const last = from + BUCKET > top;
    const inRow = (t: number) => t >= from && (last || t < from + BUCKET);
    rows.push({ from, to: last ? null : from + BUCKET, a: a.filter(inRow).length, b: b.filter(inRow).length });
  }
  return rows;
}

/**
 * Two versions side by side (issue #9 "compare"): the parameters that
 * differ, and their effect on every stored case: each holder re-assessed
 * under both on the same day, who crosses the standard score either way,
 * whose lifecycle dates (L-2..L-5) move, and the totals before and after.
 */
export async function compareVersions(
  deps: ModuleDeps,
  q: { a: string; b: string; asOf?: string | undefined },
): Promise<ComparisonResponse> {
  const set = deps.policy.set();
  const a = getPolicy(set, q.a);
  if (!a.ok) throw new AppError(a.error);
  const b = getPolicy(set, q.b);
  if (!b.ok) throw new AppError(b.error);
  const asOf = q.asOf ?? shanghaiDate(deps.clock.now());
  const as = (p: Policy): AssessmentPolicy => ({ id: p.id, hash: p.hash, params: p.params, wages: set.wages });
  const cases: ComparisonResponse['cases'] = {
    assessed: 0,
    notAssessable: 0,
    crossedUp: [],
    crossedDown: [],
    changed: [],
    datesMoved: [],
    distribution: [],
  };
  const totalsA: number[] = [];
  const totalsB: number[] = [];
  for (const h of await holdersForComparison(deps.db)) {
    if (h.expires_on) {
      const ta = lifecycleTimeline(h.expires_on, a.value);
      const tb = lifecycleTimeline(h.expires_on, b.value);
      for (const [i, e] of ta.entries()) {
        const other = tb[i];
        if (other && other.date !== e.date)
          cases.datesMoved.push({
            holderId: h.id,
            name: h.name,
            expiresOn: h.expires_on,
            ruleId: e.ruleId,
            a: e.date,
            b: other.date,
          });
      }
    }
    const input = await loadHolderInput(deps, h.id);
    if (!input.ok) {
      cases.notAssessable++;
      continue;
    }
    const ra = assessPoints(input.value, asOf, as(a.value));
    const rb = assessPoints(input.value, asOf, as(b.value));
    cases.assessed++;
    totalsA.push(ra.total);
    totalsB.push(rb.total);
    const row = {
      holderId: h.id,
      name: h.name,
      residentIdMasked: h.resident_id_masked,
      totalA: ra.total,
      totalB: rb.total,
    };
    if (ra.total !== rb.total) cases.changed.push(row);
    if (!ra.meetsStandard && rb.meetsStandard) cases.crossedUp.push(row);
    if (ra.meetsStandard && !rb.meetsStandard) cases.crossedDown.push(row);
  }
  cases.distribution = distribution(totalsA, totalsB);
  return {
    a: { id: a.value.id, effectiveFrom: a.value.effectiveFrom },
    b: { id: b.value.id, effectiveFrom: b.value.effectiveFrom },
    asOf,
    parameters: diffParameters(a.value, b.value),
    cases,
  };
}
