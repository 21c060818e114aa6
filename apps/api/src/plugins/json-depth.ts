import type { FastifyInstance } from 'fastify';
import { msg } from '@jifen/messages';
import { fail } from '../errors.ts';

/**
 * The deepest nesting of arrays and objects a JSON body may have (issue 18
 * item 5). jifen's deepest request (an assessment's records) nests 5 levels;
 * 64 leaves room and keeps every recursive walk over a body (zod, the audit
 * scrubber, the logger) far from the call stack's limit.
 */
export const MAX_JSON_DEPTH = 64;

/** What one pass over a JSON text found (`scanJson`). */
export interface JsonScan {
  /** It nests deeper than the limit given (then the rest was not read). */
  tooDeep: boolean;
  /**
   * No string in it, value or key, can hold a NUL or a lone surrogate once
   * parsed: no `\u0000` escape, no unpaired `\uD800`-`\uDFFF` escape, no raw
   * NUL or lone surrogate. False means "look closer", not "bad": the parsed
   * value then gets the full `findUnstorableText` walk, which names the path.
   */
  storable: boolean;
}

const hexAt = (json: string, i: number): number => {
  const h = json.slice(i, i + 4);
  return /^[0-9a-fA-F]{4}$/.test(h) ? Number.parseInt(h, 16) : -1;
};
const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number) => u >= 0xdc00 && u <= 0xdfff;

/**
 * The depth of a JSON text and whether its strings are storable, in one pass
 * without parsing (brackets inside strings do not count). Only these are
 * judged; malformed text is left to the parser, which refuses it as before.
 * Issue 20: this pass replaces a walk over the parsed body (4x the zod parse
 * of a 48-month assessment) for every body whose text is plainly clean,
 * which is every body a browser sends.
 */
export function scanJson(json: string, maxDepth: number): JsonScan {
  let depth = 0;
  let inString = false;
  let storable = true;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) {
        // A backslash escapes the next character; `\uXXXX` may spell a NUL or half a surrogate pair.
        if (json.charCodeAt(i + 1) === 0x75 && storable) {
          const u = hexAt(json, i + 2);
          if (u === 0 || isLow(u)) storable = false;
          else if (isHigh(u)) {
            if (json.charCodeAt(i + 6) === 0x5c && json.charCodeAt(i + 7) === 0x75 && isLow(hexAt(json, i + 8))) i += 6;
            else storable = false;
          }
        }
        i++;
      } else if (c === 0x22) inString = false;
      else if (c === 0 || isLow(c)) storable = false;
      else if (isHigh(c)) {
        if (isLow(json.charCodeAt(i + 1))) i++;
        else storable = false;
      }
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return { tooDeep: true, storable };
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return { tooDeep: false, storable };
}

/** Whether JSON text nests deeper than `max` (`scanJson`'s first verdict). */
export function nestsDeeperThan(json: string, max: number): boolean {
  return scanJson(json, max).tooDeep;
}

/**
 * Parsed bodies whose text `scanJson` found storable: the validator skips
 * the walk over them (validation.ts). Keyed by the parsed object itself, so
 * nothing but the value this parser produced can be vouched for.
 */
const storableBodies = new WeakSet<object>();

/** Whether `value` is a body this parser read and found free of unstorable text. */
export const isKnownStorable = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && storableBodies.has(value);

const tooDeep = () => fail('VALIDATION.TOO_DEEP', msg('http.tooDeep', { maxJsonDepth: MAX_JSON_DEPTH }));

/**
 * Fastify's own JSON parser (prototype poisoning refused, the body limit
 * kept), behind a depth check: a body nested deeper than MAX_JSON_DEPTH is a
 * 400 before it is parsed, on every route.
 */
export function registerJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const json = typeof body === 'string' ? body : body.toString('utf8');
    const scan = scanJson(json, MAX_JSON_DEPTH);
    if (scan.tooDeep) return done(tooDeep(), undefined);
    if (!scan.storable) return parse(req, json, done);
    parse(req, json, (err, value) => {
      if (!err && typeof value === 'object' && value !== null) storableBodies.add(value);
      done(err, value);
    });
  });
}
