/**
 * Log scrubbing (PI-1): masks anything shaped like a resident ID number or
 * a mainland mobile number in any string of a log record, whatever its key.
 */
const RESIDENT_ID = /(?<![0-9A-Za-z])(\d{4})\d{10}(\d{3}[\dXx])(?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(1\d{2})\d{4}(\d{4})(?!\d)/g;

export function scrubText(s: string): string {
  return s.replace(RESIDENT_ID, '$1**********$2').replace(MOBILE, '$1****$2');
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

/** pino `redact` paths: secrets that never reach a log line. */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  '*.*.password',
  'body.hrAccount.password',
];
