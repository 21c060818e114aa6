import type { FastifyInstance } from 'fastify';
import { fail, text } from '../errors.ts';

/**
 * The deepest nesting of arrays and objects a JSON body may have (issue 18
 * item 5). jifen's deepest request (an assessment's records) nests 5 levels;
 * 64 leaves room and keeps every recursive walk over a body (zod, the audit
 * scrubber, the logger) far from the call stack's limit.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether JSON text nests deeper than `max`, found in one pass without
 * parsing (brackets inside strings do not count). Only the depth is judged;
 * malformed text is left to the parser, which refuses it as before.
 */
export function nestsDeeperThan(json: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

const tooDeep = () =>
  fail(
    'VALIDATION.TOO_DEEP',
    text(
      `请求体嵌套层级过深（最多 ${MAX_JSON_DEPTH} 层），请检查发送的数据`,
      `The request body is nested too deeply (at most ${MAX_JSON_DEPTH} levels); check the data sent`,
    ),
  );

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
    if (nestsDeeperThan(json, MAX_JSON_DEPTH)) return done(tooDeep(), undefined);
    parse(req, json, done);
  });
}
