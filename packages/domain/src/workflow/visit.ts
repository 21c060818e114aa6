import type { MaterialsValidation } from '../materials/index.ts';
import type { Command, Role } from './types.ts';

/**
 * R-2 at the counter: the materials validation decides between accepting
 * (the review clock starts) and returning with every problem as the reason
 * (M-5). The reason is the Chinese text the holder and HR read (each problem
 * already starts with its rule ID); the structured problems stay in the
 * validation the service stores beside the decision.
 */
export function visitCommand(
  validation: MaterialsValidation,
  role: Extract<Role, 'clerk' | 'reviewer'>,
  actorId: string,
): Command {
  if (validation.outcome === 'accepted') return { action: 'accept_materials', role, actorId };
  const reason = validation.problems.map((p) => p.message.zh).join('；');
  return { action: 'return_for_correction', role, actorId, reason };
}
