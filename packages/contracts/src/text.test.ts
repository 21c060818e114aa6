import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as contracts from './index.ts';
import { isoDate, longText, safeString, secret, text } from './text.ts';

/** Issue #11 items 3 and 5: the one string type and the one date type of the input boundary. */
describe('safeString: the one string type of request fields', () => {
  const name = text(20);
  const note = longText(200);

  it('refuses NUL, lone surrogates and control characters with a coded message', () => {
    for (const bad of [
      'a\u0000b',
      '\uD800',
      'x\uDFFFy',
      '\uDC00\uD800',
      'a\u0007',
      'a\u001b[31m',
      'a\u0085',
      'a\u007f',
    ]) {
      const r = name.safeParse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(['text.malformed', 'text.control']).toContain(r.error!.issues[0]!.message);
    }
    expect(name.safeParse('李\n明').success).toBe(false);
    expect(name.safeParse('😀 李明').success).toBe(true);
  });

  it('takes line feeds and tabs only where a field has several lines, and writes CR LF as LF', () => {
    expect(note.parse('第一行\r\n第二行\tx')).toBe('第一行\n第二行\tx');
    expect(note.safeParse('a\u0000').success).toBe(false);
  });

  it('normalises to NFC and trims, then applies the length limit', () => {
    expect(name.parse('  Jose\u0301 ')).toBe('José');
    expect(name.safeParse('   ').error!.issues[0]!.message).toBe('text.blank');
    expect(name.safeParse(`${'a'.repeat(20)}   `).success).toBe(true);
    expect(name.safeParse('a'.repeat(21)).success).toBe(false);
    expect(safeString({ max: 5 }).parse('')).toBe('');
  });

  it('keeps secrets exactly as typed, but still well-formed and control-free', () => {
    expect(secret(50).parse(' Pa\u0301ss1 ')).toBe(' Pa\u0301ss1 ');
    expect(secret(50).safeParse('pass\u0000word1').success).toBe(false);
  });
});

describe('isoDate: only real calendar dates', () => {
  it('refuses impossible dates with date.invalid and other shapes with date.format', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '9999-99-99', '2025-02-29', '2026-04-31', '0000-00-00']) {
      expect(isoDate.safeParse(bad).error?.issues[0]?.message, bad).toBe('date.invalid');
    }
    for (const bad of ['2026-2-3', '2026-02-30T00:00:00Z', '20260203', 'a\u0000'])
      expect(isoDate.safeParse(bad).success, bad).toBe(false);
    for (const good of ['2024-02-29', '2026-12-31', '1990-03-07']) expect(isoDate.parse(good)).toBe(good);
  });
});

type Def = {
  type: string;
  format?: string;
  checks?: { _zod: { def: { check: string; format?: string } } }[];
  [k: string]: unknown;
};

/** Every string node of a schema that is neither the boundary type nor fixed by a format or pattern. */
function unsafeStrings(schema: z.ZodType, path: string, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def as unknown as Def;
  if (def.type === 'string') {
    const patterned = !!def.format || (def.checks ?? []).some((c) => c._zod.def.check === 'string_format');
    return contracts.isSafeString(schema) || patterned ? [] : [path];
  }
  const children: [string, unknown][] = [
    ...Object.entries((def.shape as Record<string, unknown>) ?? {}),
    ['[]', def.element],
    ['?', def.innerType],
    ['in', def.in],
    ['value', def.valueType],
    ...((def.options as unknown[]) ?? []).map((o, i): [string, unknown] => [`|${i}`, o]),
  ];
  return children.flatMap(([k, c]) =>
    c && typeof c === 'object' && '_zod' in c ? unsafeStrings(c as z.ZodType, `${path}.${k}`, seen) : [],
  );
}

describe('every request schema of the contracts uses the boundary types', () => {
  it('has no free string field in a *Request, *Query, *Params or *Headers schema', () => {
    const requestSchemas = Object.entries(contracts).filter(
      ([name, v]) => /(Request|Query|Params|Headers)$/.test(name) && typeof v === 'object' && v !== null && '_zod' in v,
    );
    expect(requestSchemas.length).toBeGreaterThan(20);
    const unsafe = requestSchemas.flatMap(([name, s]) => unsafeStrings(s as z.ZodType, name));
    expect(unsafe).toEqual([]);
  });
});
