import fc from 'fast-check';
import { z } from 'zod';

/**
 * fast-check arbitraries from a route's own zod schema (the route fuzz
 * test). `valid` follows the schema (formats, lengths, ranges, enums) so
 * that requests get past validation into the services; `hostile` mixes in,
 * at any leaf, the values that used to reach PostgreSQL or the domain and
 * come back as 500s (issue #11 item 5): NUL bytes, lone surrogates, control
 * characters, impossible dates, boundary numbers, over-long text.
 */

export const HOSTILE_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\uDC00\uD800',
  '\u0007\u001b[31m',
  '\u0085',
  '\u202Eevil',
  '\u2028',
  '\uFEFF',
  '2026-02-30',
  '2026-13-01',
  '9999-99-99',
  '0000-00-00',
  '0000-01-01',
  '9999-12-31',
  '2026-02-29',
  '1900-02-29',
  '2026-02-30T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59+14:00',
  '2026-13',
  '0000-00',
  '',
  ' ',
  '\t\n',
  'e\u0301',
  '😀',
  '１２３',
  '１３８００１３８０００',
  "' OR 1=1 --",
  '%00',
  '../../etc/passwd',
  '<script>x</script>',
  '=cmd|1!A0',
  'x'.repeat(2001),
  // Issue 18 item 8: the spellings of an ID or a mobile the PI-1 masker must read.
  '３１０１１５１９９００３０７１２３４',
  '一三八一二三四五六七八',
  '138\u200b1234\u200d5678',
  '138.1234.5678',
  'tel13812345678abc',
] as const;
export const HOSTILE_NUMBERS = [
  -1,
  0,
  1,
  -0,
  0.5,
  2 ** 31,
  -(2 ** 31),
  Number.MAX_SAFE_INTEGER,
  1e308,
  -1e308,
] as const;

export interface GenContext {
  /** Ids that exist in the database, so that requests reach past the "not found" answers. */
  ids: readonly string[];
  /** Mix hostile values into the leaves. */
  hostile: boolean;
}

type Def = {
  type: string;
  format?: string;
  coerce?: boolean;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
  pattern?: RegExp;
  catchall?: z.ZodType;
};
type CheckDef = {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
};

const defOf = (s: z.ZodType) => s._zod.def as unknown as Def;
const checksOf = (d: Def) => (d.checks ?? []).map((c) => c._zod.def);

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const dateArb = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateTimeArb = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const monthArb = fc
  .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${pad(m, 2)}`);

/** Text in the scripts people type here: CJK, Latin, digits, punctuation. */
const humanChar = fc.oneof(
  fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(...'abcxyzABCXYZ0123456789 .,-_@（），。'.split('')),
);

function stringArb(d: Def, ctx: GenContext): fc.Arbitrary<string> {
  const checks = checksOf(d);
  if (d.format === 'uuid' || d.format === 'guid')
    return ctx.ids.length ? fc.oneof({ arbitrary: fc.constantFrom(...ctx.ids), weight: 4 }, fc.uuid()) : fc.uuid();
  if (d.format === 'datetime') return dateTimeArb;
  const regex = checks.find((c) => c.format === 'regex')?.pattern;
  if (regex?.source === '^\\d{4}-\\d{2}-\\d{2}$') return dateArb;
  if (regex && /^\^\\d\{4\}-\(0\[1-9\]\|1\[0-2\]\)\$$/.test(regex.source)) return monthArb;
  const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
  const max = Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 40, 200);
  if (regex)
    return fc
      .stringMatching(regex)
      .filter(
        (s) => s.length >= min && s.length <= (checks.find((c) => c.check === 'max_length')?.maximum ?? Infinity),
      );
  return fc
    .array(humanChar, { minLength: Math.max(min, 1), maxLength: Math.max(max, min, 1) })
    .map((cs) => cs.join(''));
}

function numberArb(d: Def): fc.Arbitrary<number> {
  const checks = checksOf(d);
  const int = d.format === 'safeint' || checks.some((c) => c.format === 'safeint');
  const lo = checks.find((c) => c.check === 'greater_than');
  const hi = checks.find((c) => c.check === 'less_than');
  let min = lo?.value ?? (int ? -5 : -5);
  let max = hi?.value ?? Math.max(min + 1000, 1000);
  if (int) {
    if (lo && !lo.inclusive) min = Math.floor(min) + 1;
    if (hi && !hi.inclusive) max = Math.ceil(max) - 1;
    return fc.integer({ min: Math.ceil(min), max: Math.floor(Math.max(min, Math.min(max, min + 100_000))) });
  }
  return fc.double({
    min,
    max: Math.min(max, min + 1e6),
    noNaN: true,
    noDefaultInfinity: true,
    minExcluded: lo ? !lo.inclusive : false,
    maxExcluded: hi ? !hi.inclusive : false,
  });
}

/** A value for `schema`; with `ctx.hostile`, any leaf may be a hostile value instead. */
export function arbitraryFor(schema: z.ZodType, ctx: GenContext, depth = 0): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  // A field checked by code rather than a pattern (a mobile number, a password) is valid by its schema's examples.
  const examples = (z.globalRegistry.get(schema) as { examples?: unknown[] } | undefined)?.examples;
  if (examples?.length) {
    const valid = fc.oneof(
      { arbitrary: fc.constantFrom(...examples), weight: 3 },
      { arbitrary: d.type === 'string' ? stringArb(d, ctx) : fc.constantFrom(...examples), weight: 1 },
    );
    return ctx.hostile ? fc.oneof({ arbitrary: valid, weight: 2 }, { arbitrary: hostileTextArb, weight: 1 }) : valid;
  }
  const leaf = <T>(valid: fc.Arbitrary<T>, hostile: fc.Arbitrary<unknown>) =>
    ctx.hostile
      ? fc.oneof({ arbitrary: valid as fc.Arbitrary<unknown>, weight: 2 }, { arbitrary: hostile, weight: 1 })
      : valid;
  const hostileText = hostileTextArb;
  switch (d.type.toLowerCase()) {
    case 'string':
      return leaf(stringArb(d, ctx), hostileText);
    case 'number': {
      // A coerced number comes from a query string: its values, valid or not, are text.
      const valid: fc.Arbitrary<unknown> = d.coerce ? numberArb(d).map(String) : numberArb(d);
      return leaf(valid, d.coerce ? hostileText : fc.constantFrom(...HOSTILE_NUMBERS));
    }
    case 'boolean':
      return leaf(fc.boolean(), fc.constantFrom('true', 0, null));
    case 'enum':
      return leaf(fc.constantFrom(...Object.values(d.entries ?? {})), hostileText);
    case 'literal':
      return fc.constantFrom(...(d.values ?? []));
    case 'null':
      return fc.constant(null);
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return arbitraryFor(d.innerType!, ctx, depth);
    case 'nullable':
      return fc.oneof({ arbitrary: arbitraryFor(d.innerType!, ctx, depth), weight: 4 }, fc.constant(null));
    case 'pipe':
      return arbitraryFor(d.in!, ctx, depth);
    case 'lazy':
      return depth > 4 ? fc.constant(null) : arbitraryFor(d.getter!(), ctx, depth + 1);
    case 'union':
      return fc.oneof(...d.options!.map((o) => arbitraryFor(o, ctx, depth + 1)));
    case 'array': {
      const checks = checksOf(d);
      const minLength = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      const maxLength = Math.min(checks.find((c) => c.check === 'max_length')?.maximum ?? 4, minLength + 4);
      return fc.array(arbitraryFor(d.element!, ctx, depth + 1), { minLength, maxLength });
    }
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 8 }), arbitraryFor(d.valueType!, ctx, depth + 1), { maxKeys: 3 });
    case 'object':
      return objectArb(d, ctx, depth);
    default:
      // unknown, any, custom, transform...: anything JSON can carry.
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A hostile string: one of the list alone, or inside ordinary text (so that length and shape checks still pass). */
export const hostileTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc
    .tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.array(humanChar, { minLength: 1, maxLength: 6 }))
    .map(([h, cs]) => `${cs.join('')}${h}${cs.join('')}`),
);

/**
 * The sharpest probe: a request valid everywhere but at one leaf. (Hostile
 * values at many leaves at once mostly meet the first check that refuses
 * one, and never reach the field behind it.) Returns a copy.
 */
export function withOneHostileLeaf<T>(value: T, pick: number, text: string, num: number): T {
  const leaves: { holder: Record<string | number, unknown>; key: string | number }[] = [];
  const walk = (v: unknown) => {
    if (!v || typeof v !== 'object') return;
    for (const [k, child] of Object.entries(v)) {
      const key = Array.isArray(v) ? Number(k) : k;
      if (child !== null && typeof child === 'object') walk(child);
      else leaves.push({ holder: v as Record<string | number, unknown>, key });
    }
  };
  const copy = structuredClone(value);
  walk(copy);
  if (leaves.length === 0) return copy;
  const leaf = leaves[pick % leaves.length]!;
  leaf.holder[leaf.key] = typeof leaf.holder[leaf.key] === 'number' ? num : text;
  return copy;
}

const isOptional = (s: z.ZodType) => ['optional', 'default', 'prefault'].includes(defOf(s).type);

function objectArb(d: Def, ctx: GenContext, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const shape = d.shape ?? {};
  const arbs: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [k, s] of Object.entries(shape)) arbs[k] = arbitraryFor(s, ctx, depth + 1);
  const requiredKeys = Object.keys(shape).filter((k) => !isOptional(shape[k]!));
  return fc.record(arbs, { requiredKeys }) as fc.Arbitrary<Record<string, unknown>>;
}

/**
 * Percent-encoding that keeps lone surrogates (encodeURIComponent throws on
 * them): they go out as their three generalized-UTF-8 bytes, as an attacker's
 * client sends them.
 */
export function encodeLoose(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(s.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else out += encodeURIComponent(s[i]!);
  }
  return out;
}

export function queryString(q: Record<string, unknown>): string {
  const parts = Object.entries(q)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeLoose(k)}=${encodeLoose(typeof v === 'string' ? v : JSON.stringify(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}
