import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.ts';

/**
 * Issue 23: the web's API types are generated from the OpenAPI document the
 * server serves (zod schemas of @jifen/contracts → /api/docs/json →
 * openapi-typescript), never re-declared by hand. This test fails when the
 * generated file is stale; `JIFEN_WRITE_API_TYPES=1 npx vitest run
 * apps/api/test/api-types.test.ts` rewrites it.
 */
const target = path.resolve(import.meta.dirname, '../../web/src/api/generated/openapi.ts');
const HEADER = `/**
 * Generated from the API's OpenAPI document (/api/docs/json) by
 * apps/api/test/api-types.test.ts. Do not edit: change the zod contract and run
 * JIFEN_WRITE_API_TYPES=1 npx vitest run apps/api/test/api-types.test.ts
 */
`;

describe('the web API types', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('pglite', { seed: false });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('apps/web/src/api/generated/openapi.ts is generated from the served OpenAPI document', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const ast = await openapiTS(doc, { alphabetize: true, exportType: true });
    const generated = `${HEADER}${astToString(ast)}`;
    if (process.env.JIFEN_WRITE_API_TYPES === '1') writeFileSync(target, generated);
    expect(
      readFileSync(target, 'utf8'),
      'stale: run JIFEN_WRITE_API_TYPES=1 npx vitest run apps/api/test/api-types.test.ts',
    ).toBe(generated);
  });
});
