import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { registerErrorHandling, statusForCode } from './errors.ts';

/**
 * Issue #11 item 5: coded domain errors (DATE.INVALID, POLICY.NO_VERSION,
 * CALENDAR.YEAR_MISSING, ...) were answered 500. Every code literal in the
 * sources must map to a 4xx; only INTERNAL and the outages (SERVICE.*) are 5xx.
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

  it('answers every code in the sources with a 4xx, except INTERNAL and the outages (SERVICE.*)', () => {
    const codes = codesInSources();
    expect(codes.size).toBeGreaterThan(40);
    expect(codes).toContain('DATE.INVALID');
    expect(codes).toContain('POLICY.NO_VERSION');
    const fivexx = [...codes].filter((c) => statusForCode(c) >= 500 && !c.startsWith('SERVICE.'));
    expect(fivexx).toEqual([]);
    expect(statusForCode('SERVICE.DATABASE_UNAVAILABLE')).toBe(503);
    expect(statusForCode('SERVICE.STORAGE_FULL')).toBe(503);
    expect(statusForCode('INTERNAL')).toBe(500);
  });
});

describe('a database outage is a 503 to retry, never a 500 (issue 21 item 5)', () => {
  const outage = async (error: Error) => {
    const app = Fastify({ logger: false });
    registerErrorHandling(app);
    app.get('/x', async () => {
      throw error;
    });
    const res = await app.inject({ method: 'GET', url: '/x', headers: { 'accept-language': 'en' } });
    await app.close();
    return { status: res.statusCode, retryAfter: res.headers['retry-after'], body: res.json() };
  };
  const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

  it.each([
    ['PostgreSQL shutting down', pgError('57P01', 'terminating connection due to administrator command')],
    ['PostgreSQL starting', pgError('57P03', 'the database system is starting up')],
    ['refused', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['cut', new Error('Connection terminated unexpectedly')],
  ])('%s: 503 SERVICE.DATABASE_UNAVAILABLE with Retry-After', async (_name, error) => {
    const r = await outage(error);
    expect(r).toMatchObject({
      status: 503,
      retryAfter: '3',
      body: { error: { code: 'SERVICE.DATABASE_UNAVAILABLE' } },
    });
    expect(r.body.error.message).toMatch(/nothing was saved/);
  });

  it('a full disk: 503 SERVICE.STORAGE_FULL, saying nothing was saved and the data is intact', async () => {
    const r = await outage(pgError('53100', 'could not extend file "base/16384/16999": No space left on device'));
    expect(r).toMatchObject({ status: 503, retryAfter: '60', body: { error: { code: 'SERVICE.STORAGE_FULL' } } });
    expect(r.body.error.message).toMatch(/storage is full; nothing was saved and existing data is intact/);
  });

  it('a SQL error that is a bug stays a 500', async () => {
    const r = await outage(pgError('42P01', 'relation "nope" does not exist'));
    expect(r.status).toBe(500);
    expect(r.retryAfter).toBeUndefined();
  });
});
