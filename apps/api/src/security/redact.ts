import { maskIdNumbersInText } from './free-text.ts';

/**
 * Log scrubbing (PI-1): masks anything shaped like a resident ID number or
 * a mainland mobile number in any string of a log record, whatever its key.
 */
const RESIDENT_ID = /(?<![0-9A-Za-z])(\d{4})\d{10}(\d{3}[\dXx])(?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(1\d{2})\d{4}(\d{4})(?!\d)/g;

export function scrubText(s: string): string {
  // A bare ISO date (8 digits) can spell no ID or mobile number, however read:
  // the sweep's audit entries carry thousands of them (issue 20).
  if (s.length === 10 && ISO_DATE.test(s)) return s;
  // A UUID is jifen's own identifier, never a person's number, yet its hex
  // groups can read as a split mobile to the free-text masker ("…-1381-
  // 2345678abcde"): one in a few thousand would come out masked, an audit
  // entry or log line pointing at no row. UUIDs are kept whole; the text
  // around them is scrubbed as any other.
  if (s.length >= 36 && UUID_TOKEN.test(s)) {
    const parts = s.split(UUID_TOKENS);
    // split() keeps the captured UUIDs at the odd places.
    for (let i = 0; i < parts.length; i += 2) parts[i] = scrubPlainText(parts[i]!);
    return parts.join('');
  }
  return scrubPlainText(s);
}

function scrubPlainText(s: string): string {
  // Both shapes need 11 digits in a row (a resident ID has 17, a mobile 11).
  // Most strings (every log message, most URLs) have none: checking that in
  // one pass is much cheaper than the two look-behind replacements.
  const long = hasDigitRun(s, 11);
  const shaped = long ? s.replace(RESIDENT_ID, '$1**********$2').replace(MOBILE, '$1****$2') : s;
  // Other spellings (full-width, Chinese numerals, split, letters glued on or
  // invisible characters inside, issue 18 item 8) go through the free-text
  // masker: only text with a long digit run, digits split by separators, or
  // characters beyond ASCII.
  return long || NON_ASCII.test(shaped) || SPLIT_DIGITS.test(shaped) ? maskIdNumbersInText(shaped) : shaped;
}

const UUID_SHAPE = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const UUID_TOKEN = new RegExp(`(?<![0-9A-Za-z])${UUID_SHAPE}(?![0-9A-Za-z])`);
const UUID_TOKENS = new RegExp(`(?<![0-9A-Za-z])(${UUID_SHAPE})(?![0-9A-Za-z])`, 'g');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NON_ASCII = /[^\x00-\x7f]/;
const SPLIT_DIGITS = /\d[ .\/()_-]{1,3}\d/;

function hasDigitRun(s: string, n: number): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++run >= n) return true;
    } else run = 0;
  }
  return false;
}

export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, depth + 1));
  const proto = Object.getPrototypeOf(value) as unknown;
  // Requests, replies and errors pass through: their serializers scrub what they emit.
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubValue(v, depth + 1);
  return out;
}

/** Keys whose values never reach a log line, at any depth (cookies, CSRF tokens, credentials). */
const SECRET_KEYS = new Set(['password', 'cookie', 'set-cookie', 'authorization', 'x-csrf-token']);
const hasSecretKey = (o: object) => {
  for (const k of SECRET_KEYS) if (Object.hasOwn(o, k)) return true;
  return false;
};

export const LOG_CENSOR = '[redacted]';

/**
 * A log record's fields, scrubbed like `scrubValue`, with every secret key
 * (`SECRET_KEYS`) censored at any depth: in plain objects and in any other
 * object that has one of its own (such an object is copied, never changed).
 * Requests, replies and errors reach their serializers, which emit only named
 * fields (method, url, ip; status; error type and message), never headers.
 *
 * This replaces pino's `redact` paths (`req.headers.cookie`, ...,
 * `*.password`, `*.*.password`), which reached two levels only and, run on
 * every line, cost more than the rest of writing it (bench/api.bench.ts);
 * the walk happens anyway to mask PI.
 */
export function scrubLogRecord(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubLogRecord(v, depth + 1));
  const proto = Object.getPrototypeOf(value) as unknown;
  const plain = proto === Object.prototype || proto === null;
  if (!plain && (value instanceof Error || !hasSecretKey(value))) return value;
  // Runs twice per request (the request and response lines): for-in without
  // the entries array, and lower-casing only keys that have capitals.
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const k in record) {
    if (!Object.hasOwn(record, k)) continue;
    const secret = SECRET_KEYS.has(k) || (/[A-Z]/.test(k) && SECRET_KEYS.has(k.toLowerCase()));
    out[k] = secret ? LOG_CENSOR : scrubLogRecord(record[k], depth + 1);
  }
  return out;
}
