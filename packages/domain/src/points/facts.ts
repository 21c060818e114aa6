import { ageOn } from '../dates/index.ts';
import { recordFactsOf, type RecordFacts } from '../compliance/records.ts';
import { siFactsOf, type SiFacts } from '../compliance/si-facts.ts';
import type { CompiledPolicy } from './compiled-policy.ts';
import type { AssessmentInput, CommendationLevel } from './input.ts';

/**
 * Everything the scorers read, derived once from the input on `asOf`.
 * The what-ifs and the projection change facts and score again, instead
 * of re-reading 48 months of records.
 */
export interface PointsFacts {
  input: AssessmentInput;
  /** The evaluation date the facts were derived on (S-2 checks the birth date against it). */
  asOf: string;
  age: number;
  si: SiFacts;
  records: RecordFacts;
  /** S-13: the highest commendation held, or null. */
  commendation: CommendationLevel | null;
  /** S-14: full years of marriage to a Shanghai-hukou spouse; -1 when none. */
  marriageYears: number;
  publicServiceYears: number;
  remoteSuburbYears: number;
}

export function factsOf(input: AssessmentInput, asOf: string, c: CompiledPolicy): PointsFacts {
  return {
    input,
    asOf,
    age: input.birthDate !== undefined ? ageOn(input.birthDate, asOf) : (input.age ?? 0),
    si: siFactsOf(input, asOf, c),
    records: recordFactsOf(input.records, asOf, c.params),
    commendation: highestCommendation(input.commendations, c),
    marriageYears:
      input.spouseHukouMarriageDate !== undefined ? Math.max(0, ageOn(input.spouseHukouMarriageDate, asOf)) : -1,
    publicServiceYears: input.publicServiceYears ?? 0,
    remoteSuburbYears: input.remoteSuburbYears ?? 0,
  };
}

function highestCommendation(
  list: readonly CommendationLevel[] | undefined,
  c: CompiledPolicy,
): CommendationLevel | null {
  if (!list || list.length === 0) return null;
  let best: CommendationLevel | null = null;
  for (const l of list) if (best === null || c.commendationPoints[l] > c.commendationPoints[best]) best = l;
  return best;
}
