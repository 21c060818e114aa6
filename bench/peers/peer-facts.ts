// The facts both rule-engine peers score: what an engine user would compute
// in plain JS from the same 48 months of records before calling the engine
// (qualifying months, months at each base tier, title base months). The
// peers get this work done for them in the cheapest form, so the
// comparison measures the engines' scoring, not our record parsing.
import type { AssessmentInput, PolicyParams } from '@jifen/domain';

export interface PeerFacts {
  age: number;
  education: string;
  titleLevel: string;
  titleOk: boolean;
  qualifyingMonths: number;
  tierMinMultiples: number[];
  tierCounts: number[];
  shortageMajor: boolean;
  talent: boolean;
  publicServiceYears: number;
  remoteSuburbYears: number;
  freshGraduate: boolean;
  commendation: string;
  marriageYears: number;
  averageAnnualTaxYuan: number;
  localHiresPerYear: number;
}

const RANK: Record<string, number> = { municipal_bureau: 1, municipal: 2, provincial: 3 };

export function peerFacts(
  input: AssessmentInput,
  asOf: string,
  params: PolicyParams,
  wages: ReadonlyMap<number, { monthlyAverage: number }>,
): PeerFacts {
  const asOfIdx = Number(asOf.slice(0, 4)) * 12 + Number(asOf.slice(5, 7)) - 1;
  const tiers = params.points.baseMultipleTiers;
  const tierCounts = tiers.map(() => 0);
  let qualifying = 0;
  let titleBase = 0;
  const si = input.socialInsurance;
  if (si.kind === 'records') {
    for (const r of si.months) {
      const idx = Number(r.month.slice(0, 4)) * 12 + Number(r.month.slice(5, 7)) - 1;
      const ago = asOfIdx - idx;
      if (ago < 0 || !r.paid || r.backPaid) continue;
      qualifying++;
      if (r.base === undefined || r.employerUscc !== input.contractEmployerUscc || (r.taxedIncome ?? 0) < r.base)
        continue;
      const wage = wages.get(Number(r.month.slice(0, 4)) - 1)?.monthlyAverage ?? 0;
      if (wage === 0) continue;
      const m = r.base / wage;
      if (ago < params.points.titleSiBase.windowMonths && m >= params.points.titleSiBase.minMultiple) titleBase++;
      tiers.forEach((t, i) => {
        if (ago < t.windowYears * 12 && m >= t.minMultiple) tierCounts[i] = (tierCounts[i] ?? 0) + 1;
      });
    }
  }
  const best = (input.commendations ?? []).reduce((a, b) => ((RANK[b] ?? 0) > (RANK[a] ?? 0) ? b : a), 'none');
  const birth = input.birthDate;
  const age = birth
    ? Number(asOf.slice(0, 4)) - Number(birth.slice(0, 4)) - (asOf.slice(5) < birth.slice(5) ? 1 : 0)
    : (input.age ?? 0);
  const md = input.spouseHukouMarriageDate;
  const marriageYears = md
    ? Number(asOf.slice(0, 4)) - Number(md.slice(0, 4)) - (asOf.slice(5) < md.slice(5) ? 1 : 0)
    : 0;
  return {
    age,
    education: input.education,
    titleLevel: input.title?.level ?? 'none',
    titleOk:
      !!input.title &&
      input.title.obtainedInShanghai &&
      input.title.jobMatches &&
      titleBase >= params.points.titleSiBase.months,
    qualifyingMonths: qualifying,
    tierMinMultiples: tiers.map((t) => t.minMultiple),
    tierCounts,
    shortageMajor: input.shortageMajor?.jobMatches === true,
    talent: input.talent !== undefined,
    publicServiceYears: input.publicServiceYears ?? 0,
    remoteSuburbYears: input.remoteSuburbYears ?? 0,
    freshGraduate: input.freshGraduate === true,
    commendation: best,
    marriageYears,
    averageAnnualTaxYuan: input.investment?.averageAnnualTaxYuan ?? 0,
    localHiresPerYear: input.investment?.localHiresPerYear ?? 0,
  };
}
