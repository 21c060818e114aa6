import { isDateInRange, isIsoDate } from '@jifen/domain';
import { z } from 'zod';

/**
 * The input boundary for text (docs/adr/0012-input-boundary.md). Every
 * string a client sends goes through `safeString` (directly, or through
 * `text`, `secret`, `isoDate` and the patterned types built on it), so that
 * what reaches a service, the database and the audit hash is:
 * - well-formed Unicode: no lone UTF-16 surrogate (PostgreSQL would store
 *   U+FFFD while the audit chain hashed what was sent, issue #11 item 3);
 * - free of control characters (PostgreSQL refuses U+0000 outright; the
 *   others hide text in logs and CSV exports), except a line feed and a tab
 *   where a field says it takes several lines;
 * - NFC-normalised and trimmed (the same name typed on two keyboards is the
 *   same string), CR LF written as LF;
 * - no longer than the field's limit.
 * The checks are zod checks on a plain string schema (no transform), so the
 * web's forms and the OpenAPI document see an ordinary string.
 */

const LONE_SURROGATE = /\p{Cs}/u;
/** C0, DEL and C1 controls; line feed and tab are allowed where a field says so. */
const CONTROL_SINGLE_LINE = /\p{Cc}/u;
const CONTROL_MULTI_LINE = /[\0-\x08\x0b-\x1f\x7f-\x9f]/;

/** A check object per rule; `isSafeString` recognises a schema by them (contracts test). */
const wellFormed = z.refine<string>((s) => !LONE_SURROGATE.test(s), { error: 'text.malformed', abort: true });
const singleLine = z.refine<string>((s) => !CONTROL_SINGLE_LINE.test(s), { error: 'text.control', abort: true });
const multiLine = z.refine<string>((s) => !CONTROL_MULTI_LINE.test(s.replace(/\r\n/g, '\n')), {
  error: 'text.control',
  abort: true,
});
const SAFE_CHECKS = new Set<unknown>([wellFormed, singleLine, multiLine]);

export interface SafeStringOptions {
  /** Longest accepted value, in UTF-16 code units after normalisation. */
  max: number;
  /** Shortest accepted value after trimming (default 0). */
  min?: number;
  /** The field takes several lines (line feeds and tabs allowed). */
  multiline?: boolean;
  /**
   * Kept exactly as typed: no trimming, no NFC (passwords: changing what was
   * typed would change what is hashed). Still well-formed and control-free.
   */
  verbatim?: boolean;
}

/** The one string type of every request field. */
export function safeString(opts: SafeStringOptions) {
  let s = z.string().check(wellFormed, opts.multiline ? multiLine : singleLine);
  if (!opts.verbatim) {
    s = s.overwrite((v) => {
      const lf = opts.multiline ? v.replace(/\r\n?/g, '\n') : v;
      return lf.normalize('NFC').trim();
    });
  }
  if (opts.min !== undefined && opts.min > 0) s = s.min(opts.min, { error: opts.min === 1 ? 'text.blank' : undefined });
  return s.max(opts.max);
}

/** Trimmed, non-empty human text on one line (names, labels, short reasons). */
export const text = (max: number) => safeString({ max, min: 1 });
/** Trimmed, non-empty human text that may take several lines (questions, notes, reasons for a decision). */
export const longText = (max: number) => safeString({ max, min: 1, multiline: true });
/** A secret as typed (passwords): well-formed, control-free, bounded, never rewritten. */
export const secret = (max: number, min = 1) => safeString({ max, min, verbatim: true });

/**
 * Calendar date `YYYY-MM-DD` that exists: 2026-02-30, 2026-13-01 and
 * 9999-99-99 are refused here (the domain's D-3 reading of a date), never
 * passed on to a service or to PostgreSQL; so are real dates outside
 * 1900-01-01..2099-12-31 (issue 18 item 5: year 9999 broke the engine and
 * made permits that never expire).
 */
export const isoDate = safeString({ max: 10 })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date.format' })
  .refine(isIsoDate, { error: 'date.invalid', abort: true })
  .refine(isDateInRange, { error: 'date.range' })
  .meta({ format: 'date' });

/** An ISO date-time with an offset, in the same range of dates (its Shanghai date; a day's margin either side is harmless). */
export const isoDateTime = z.iso
  .datetime({ offset: true, abort: true })
  .refine((s) => isDateInRange(s.slice(0, 10)), { error: 'date.range' });

/** Whether a zod string schema carries the boundary checks (the contracts test walks every request schema). */
export function isSafeString(schema: z.ZodType): boolean {
  const checks = (schema._zod.def as { checks?: unknown[] }).checks ?? [];
  return checks.some((c) => SAFE_CHECKS.has(c));
}

/**
 * The first place in a parsed request part (body, query) where a string,
 * value or key, holds a NUL or a lone surrogate, or null. Neither can be
 * stored (PostgreSQL refuses U+0000 in text and jsonb; UTF-8 has no
 * surrogates), whatever the field's schema says, so the API refuses them
 * before any schema runs: a field typed `unknown` (a policy parameter's
 * value) is covered too.
 */
export function findUnstorableText(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; message: 'text.malformed' | 'text.control' } | null {
  const problem = (s: string) =>
    s.includes('\u0000') ? 'text.control' : LONE_SURROGATE.test(s) ? 'text.malformed' : null;
  // Depth first with a stack of its own, not recursion: a request nested
  // thousands of levels deep must not overflow the call stack into a 500
  // (issue 18 item 5). Each node links to its parent, so a path is built only
  // for the problem found; children are pushed in reverse so the first
  // problem in document order is the one reported.
  interface Node {
    value: unknown;
    key: string | number | null;
    keyText: string | null;
    parent: Node | null;
  }
  const pathOf = (node: Node): (string | number)[] => {
    const keys: (string | number)[] = [];
    for (let n: Node | null = node; n && n.key !== null; n = n.parent) keys.push(n.key);
    return [...path, ...keys.reverse()];
  };
  const stack: Node[] = [{ value, key: null, keyText: null, parent: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const keyProblem = node.keyText === null ? null : problem(node.keyText);
    if (keyProblem) return { path: pathOf(node), message: keyProblem };
    if (typeof node.value === 'string') {
      const message = problem(node.value);
      if (message) return { path: pathOf(node), message };
      continue;
    }
    if (node.value === null || typeof node.value !== 'object') continue;
    const isArray = Array.isArray(node.value);
    const entries = Object.entries(node.value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      stack.push({ value: child, key: isArray ? Number(key) : key, keyText: isArray ? null : key, parent: node });
    }
  }
  return null;
}
