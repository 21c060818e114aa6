import type { LifecycleState } from '../lifecycle/index.ts';
import type { LocalizedText, RuleId } from '../result.ts';
import { termsOf } from './segment.ts';

/**
 * The knowledge base's instant answers: one ranking function, run by the
 * API (the instant-answer endpoint) and by the browser (the consultant's
 * "try a question" preview), so both rank the same.
 */
export interface KnowledgeEntry {
  id: string;
  title: LocalizedText;
  body: LocalizedText;
  /** Other words people use for the topic (space- or comma-separated), both languages. */
  keywords: LocalizedText;
  ruleIds: RuleId[];
  /** Lifecycle states (L-2..L-5) this entry answers: a question whose date falls in one ranks it first. */
  states: LifecycleState[];
}

export interface RankedEntry<E extends KnowledgeEntry = KnowledgeEntry> {
  entry: E;
  score: number;
  /** The terms of the question found in the entry (for the explanation and tests). */
  matched: string[];
}

export interface RankOptions {
  /** The state computed from a date in the question (L-8), if any. */
  state?: LifecycleState | null;
  /** How many to return (default 5). */
  limit?: number;
  /** Entries scoring below this are left out (default 1). */
  minScore?: number;
}

interface Indexed<E> {
  entry: E;
  strong: Set<string>;
  weak: Set<string>;
}

const HAN = /\p{Script=Han}/u;

function entryTerms(e: KnowledgeEntry): { strong: Set<string>; weak: Set<string> } {
  const strong = new Set<string>();
  for (const s of [e.title.zh, e.keywords.zh]) for (const t of termsOf(s, 'zh')) strong.add(t);
  for (const s of [e.title.en, e.keywords.en]) for (const t of termsOf(s, 'en')) strong.add(t);
  for (const id of e.ruleIds) strong.add(id.toLowerCase());
  const weak = new Set<string>([...termsOf(e.body.zh, 'zh'), ...termsOf(e.body.en, 'en')]);
  return { strong, weak };
}

/** How specific a term is by its length: one Han character says little, a three-character word a lot. */
function lengthWeight(term: string): number {
  if (HAN.test(term)) return Math.min([...term].length, 4) / 2;
  return term.includes(' ') ? 1.5 : 1;
}

/**
 * Ranks `entries` for `question`: the sum over the question's terms found in
 * an entry of idf × field weight (title and keywords 2, body 1) × length
 * weight; an entry answering the state the question's date falls in (L-8)
 * gets a bonus worth more than any word match. Ties keep the entries' order.
 */
export function rankEntries<E extends KnowledgeEntry>(
  question: string,
  entries: readonly E[],
  opts: RankOptions = {},
): RankedEntry<E>[] {
  const q = new Set([...termsOf(question, 'zh'), ...termsOf(question, 'en')]);
  const indexed: Indexed<E>[] = entries.map((entry) => ({ entry, ...entryTerms(entry) }));
  const n = indexed.length;
  const df = new Map<string, number>();
  for (const t of q) {
    let c = 0;
    for (const x of indexed) if (x.strong.has(t) || x.weak.has(t)) c++;
    df.set(t, c);
  }
  const idf = (t: string) => Math.log(1 + n / (1 + (df.get(t) ?? 0)));
  const ranked: RankedEntry<E>[] = [];
  for (const x of indexed) {
    let score = 0;
    const matched: string[] = [];
    for (const t of q) {
      const field = x.strong.has(t) ? 2 : x.weak.has(t) ? 1 : 0;
      if (field === 0) continue;
      score += idf(t) * field * lengthWeight(t);
      matched.push(t);
    }
    if (opts.state && x.entry.states.includes(opts.state)) score += 10;
    ranked.push({ entry: x.entry, score: Math.round(score * 100) / 100, matched });
  }
  const min = opts.minScore ?? 1;
  return ranked
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.score >= min)
    .sort((a, b) => b.r.score - a.r.score || a.i - b.i)
    .slice(0, opts.limit ?? 5)
    .map(({ r }) => r);
}
