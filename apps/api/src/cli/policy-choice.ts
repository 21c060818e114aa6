import { getPolicy, parseIsoDate, selectPolicy, type DomainError, type Policy } from '@jifen/domain';
import { flagValue, type ParsedArgs } from './args.ts';
import type { CliContext } from './types.ts';

/** `--as-of` (default: today in Shanghai) and `--policy` (default: the version in force that day, P-1). */
export function asOfAndPolicy(args: ParsedArgs, ctx: CliContext): { asOf: string; policy: Policy } | DomainError {
  const asOf = parseIsoDate(flagValue(args, 'as-of') ?? ctx.today());
  if (!asOf.ok) return asOf.error;
  const id = flagValue(args, 'policy');
  const policy = id ? getPolicy(ctx.policySet, id) : selectPolicy(ctx.policySet, asOf.value);
  if (!policy.ok) return policy.error;
  return { asOf: asOf.value, policy: policy.value };
}
