import { lifecycleOn, type LifecycleStatus } from '../lifecycle/index.ts';
import type { Policy } from '../policy/index.ts';
import type { IsoDate } from '../result.ts';
import { extractFacts, type QuestionFacts } from './facts.ts';
import { rankEntries, type KnowledgeEntry, type RankedEntry } from './matcher.ts';

export interface InstantAnswer<E extends KnowledgeEntry = KnowledgeEntry> {
  asOf: IsoDate;
  facts: QuestionFacts;
  /** L-8 for the expiry the question names, computed by the engine on `asOf`; null without a date. */
  lifecycle: LifecycleStatus | null;
  entries: RankedEntry<E>[];
}

/**
 * Instant answers for a question before it is sent: the knowledge base's
 * entries ranked, and when the question gives a permit date or "N days
 * overdue", the L-8 state, deadline and timeline for it under `policy`.
 */
export function instantAnswer<E extends KnowledgeEntry>(
  question: string,
  entries: readonly E[],
  asOf: IsoDate,
  policy: Policy,
  limit = 5,
): InstantAnswer<E> {
  const facts = extractFacts(question, asOf);
  const status = facts.expiry ? lifecycleOn({ expiry: facts.expiry }, asOf, policy) : null;
  const lifecycle = status?.ok ? status.value : null;
  return {
    asOf,
    facts,
    lifecycle,
    entries: rankEntries(question, entries, { state: lifecycle?.state ?? null, limit }),
  };
}
