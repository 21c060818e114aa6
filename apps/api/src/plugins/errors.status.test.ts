import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { statusForCode } from './errors.ts';

/**
 * Issue #11 item 5: coded domain errors (DATE.INVALID, POLICY.NO_VERSION,
 * CALENDAR.YEAR_MISSING, ...) were answered 500. Every code literal in the
 * sources must map to a 4xx; only INTERNAL and SERVICE.UNAVAILABLE are 5xx.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const SOURCES = ['packages/domain/src', 'apps/api/src', 'policies'];
const CODE_LITERAL = /['`]([A-Z][A-Z_]*(?:\.[A-Z][A-Z_]*)+)['`]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

function codesInSources(): Set<string> {
  const codes = new Set<string>();
  for (const dir of SOURCES) {
    for (const file of sourceFiles(path.join(ROOT, dir))) {
      for (const m of readFileSync(file, 'utf8').matchAll(CODE_LITERAL)) codes.add(m[1]!);
    }
  }
  return codes;
}

describe('coded errors map to 4xx (issue #11 item 5)', () => {
  it('maps the codes that were 500s to the family status', () => {
    expect(statusForCode('DATE.INVALID')).toBe(400);
    expect(statusForCode('MONTH.INVALID')).toBe(400);
    expect(statusForCode('POLICY.NO_VERSION')).toBe(422);
    expect(statusForCode('CALENDAR.YEAR_MISSING')).toBe(422);
    expect(statusForCode('WAGE.YEAR_MISSING')).toBe(422);
    expect(statusForCode('APPLICATION.OPEN_EXISTS')).toBe(409);
    expect(statusForCode('HOLDER.NOT_FOUND')).toBe(404);
    expect(statusForCode('SOMETHING.NEW_AND_UNMAPPED')).toBe(422);
  });

  it('answers every code in the sources with a 4xx, except INTERNAL and SERVICE.UNAVAILABLE', () => {
    const codes = codesInSources();
    expect(codes.size).toBeGreaterThan(40);
    expect(codes).toContain('DATE.INVALID');
    expect(codes).toContain('POLICY.NO_VERSION');
    const fivexx = [...codes].filter((c) => statusForCode(c) >= 500 && c !== 'SERVICE.UNAVAILABLE');
    expect(fivexx).toEqual([]);
    expect(statusForCode('INTERNAL')).toBe(500);
  });
});
