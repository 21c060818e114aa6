import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { multipartBody } from '../support/multipart.ts';
import { onlyRoles, type Ctx, type Row, type Rule, type Tenant } from './types.ts';

/** Issue 13: the employer's roster, HR of a verified employer only; another employer's import answers 404. */
const hrOwn: Row = { ...onlyRoles('hr'), hr: ['ok', 404] };
const hrOnly = onlyRoles('hr');

/** A finished import of the caller's employer (own) or of 贝塔 (other). */
async function importId(ctx: Ctx, t: Tenant): Promise<string> {
  const { db, clock } = ctx.h;
  const employer =
    t === 'own'
      ? (await db.one<{ employer_id: string }>("SELECT employer_id FROM users WHERE username = 'hr.acme'")).employer_id
      : ctx.ids.beta!;
  const by = (
    await db.one<{ id: string }>("SELECT id FROM users WHERE role = 'hr' AND employer_id = $1 LIMIT 1", [employer])
  ).id;
  const id = randomUUID();
  await db.query(
    `INSERT INTO roster_imports (id, employer_id, created_by, file_name, file_sha256, status, created_at, heartbeat_at, finished_at)
     VALUES ($1, $2, $3, 'matrix.csv', repeat('0', 64), 'done', $4, $4, $4)`,
    [id, employer, by, clock.now()],
  );
  return id;
}

/** One bad row only: the import stores nothing. */
const BAD_ROSTER = '姓名 name,公民身份号码 resident ID\n矩阵,123\n';

export const ROSTER_RULES: Record<string, Rule> = {
  'GET /api/v1/roster': {
    row: hrOnly,
    scoped: (res) => expect(res.body).not.toContain('赵敏'),
  },
  'GET /api/v1/roster/summary': { row: hrOnly },
  'GET /api/v1/roster/export': { row: hrOnly, build: () => ({ url: '/api/v1/roster/export?format=csv' }) },
  'GET /api/v1/roster/template.xlsx': { row: hrOnly },
  'GET /api/v1/roster/imports/:id': {
    row: hrOwn,
    build: async (c, t) => ({ url: `/api/v1/roster/imports/${await importId(c, t)}` }),
  },
  'POST /api/v1/roster/imports': {
    row: hrOnly,
    build: () => {
      const { payload, contentType } = multipartBody('roster.csv', BAD_ROSTER);
      return { url: '/api/v1/roster/imports', rawBody: payload, headers: { 'content-type': contentType } };
    },
  },
  // Another employer's holder is refused per person (200 with "refused"), never started.
  'POST /api/v1/roster/renewals': {
    row: hrOnly,
    build: (c) => ({ url: '/api/v1/roster/renewals', body: { holderIds: [c.ids.zhaoMin] } }),
  },
};
