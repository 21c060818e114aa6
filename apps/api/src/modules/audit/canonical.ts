/** JSON with object keys sorted at every level: the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const LONE_SURROGATE_OR_NUL = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/g;

/**
 * The form an audit value is stored in, so that the hash is computed over
 * exactly what the database keeps (issue 11): a lone UTF-16 surrogate
 * becomes U+FFFD (as UTF-8 encoding would make it on the way in), and NUL
 * becomes U+FFFD (PostgreSQL refuses 0x00 in text and \u0000 in jsonb).
 * Applied to keys and values at every depth; other values are unchanged.
 */
export function storedText(s: string): string {
  return s.replace(LONE_SURROGATE_OR_NUL, '\uFFFD');
}

export function storedForm<T>(value: T): T {
  if (typeof value === 'string') return storedText(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(storedForm) as T;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [storedText(k), storedForm(v)]),
  ) as T;
}
