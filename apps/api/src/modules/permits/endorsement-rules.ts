import {
  decideEndorsement as decideInDomain,
  endorsementFieldProblems,
  type EndorsementDecision,
  type Policy,
} from '@jifen/domain';
import type { EndorseRequest } from '@jifen/contracts';
import { AppError } from '../../errors.ts';

export type { EndorsementDecision };

/**
 * L-2..L-5 and L-7 on the endorsement date: the domain's rule (the clerk's
 * form previews with the same one), its refusals as coded AppErrors with
 * the field problems for the form.
 */
export function decideEndorsement(
  current: { issuedOn: string; expiresOn: string },
  req: EndorseRequest,
  today: string,
  policy: Policy,
): EndorsementDecision {
  const decided = decideInDomain(current, req, today, policy);
  if (decided.ok) return decided.value;
  const { details, ...error } = decided.error;
  const fields = endorsementFieldProblems(decided.error);
  const rest = details && 'fields' in details ? undefined : details;
  throw new AppError({ ...error, ...(rest ? { details: rest } : {}) }, fields);
}
