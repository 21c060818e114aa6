import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import { holderIdByName, userIdByName } from './support/fixtures.ts';
import { startHarness } from './support/harness.ts';
import { RULES, USERNAME, WHO, type Ctx, type Rule, type Who } from './access-rules/index.ts';

/**
 * Access-control matrix: every registered route x every role (and anonymous)
 * x own / other tenant. Outcomes: 'ok' (2xx), 401, 403, or 404 (another
 * tenant's object answers as if absent: docs/adr/0003-tenant-denial.md).
 * A route registered without a row in access-rules/ fails the first test.
 */
/** HEAD mirrors GET: the same rule applies. */
const ruleFor = (method: string, url: string): Rule | undefined =>
  RULES[`${method === 'HEAD' ? 'GET' : method} ${url}`];

describe('access-control matrix (pglite)', () => {
  const ctx = { ids: {} } as Ctx;
  const clients = new Map<Who, Client>();

  beforeAll(async () => {
    ctx.h = await startHarness('pglite');
    const { db } = ctx.h;
    ctx.ids.liMing = await holderIdByName(db, '李明');
    ctx.ids.wangFang = await holderIdByName(db, '王芳');
    ctx.ids.zhaoMin = await holderIdByName(db, '赵敏');
    ctx.ids.hrBeta = await userIdByName(db, 'hr.beta');
    ctx.ids.beta = (await db.one<{ id: string }>("SELECT id FROM employers WHERE name LIKE '%贝塔%'")).id;
    ctx.ids.gamma = (await db.one<{ id: string }>("SELECT id FROM employers WHERE name LIKE '%伽马%'")).id;
    const a = new Client(ctx.h.app);
    await a.fetchCsrf();
    clients.set('anonymous', a);
    for (const who of WHO) if (who !== 'anonymous') clients.set(who, await Client.signedIn(ctx.h.app, USERNAME[who]));
  });
  afterAll(async () => ctx.h?.close());

  it('has a rule for every registered route', () => {
    const missing = ctx.h.routes.filter((r) => !ruleFor(r.method, r.url)).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
    expect(ctx.h.routes.length).toBeGreaterThan(20);
  });

  it('enforces every rule: route x role x tenant', async () => {
    const failures: string[] = [];
    for (const route of ctx.h.routes) {
      const rule = ruleFor(route.method, route.url);
      if (!rule) continue;
      for (const who of WHO) {
        for (const tenant of ['own', 'other'] as const) {
          const cell = rule.row[who];
          const expected = Array.isArray(cell) ? cell[tenant === 'own' ? 0 : 1] : cell;
          const call = rule.build ? await rule.build(ctx, tenant, who) : { url: route.url };
          // logout ends the session it runs in: use a fresh one for it.
          // login and logout change the caller's session: they get a caller of their own.
          let client = clients.get(who)!;
          if (route.url.endsWith('/login') || route.url.endsWith('/logout')) {
            client = who === 'anonymous' ? new Client(ctx.h.app) : await Client.signedIn(ctx.h.app, USERNAME[who]);
            await client.fetchCsrf();
          }
          const res = await client.request(route.method as 'GET', call.url, {
            ...(call.body !== undefined ? { body: call.body } : {}),
            ...(call.headers ? { headers: call.headers } : {}),
            ...(call.rawBody ? { rawBody: call.rawBody } : {}),
          });
          const got = res.statusCode;
          const pass =
            expected === 'ok'
              ? got >= 200 && got < 300
              : expected === 'open'
                ? (![401, 403].includes(got) && got < 500) || got === 503
                : got === expected;
          if (!pass)
            failures.push(
              `${route.method} ${call.url} as ${who}/${tenant}: expected ${expected}, got ${got} ${res.body.slice(0, 120)}`,
            );
          else if (typeof expected === 'number' && route.method !== 'HEAD') {
            const code = (res.json() as { error: { code: string } }).error.code;
            const want =
              expected === 401 ? 'AUTH.UNAUTHENTICATED' : expected === 403 ? 'AUTH.FORBIDDEN' : /\.NOT_FOUND$/;
            if (typeof want === 'string' ? code !== want : !want.test(code))
              failures.push(`${route.method} ${call.url} as ${who}: code ${code}`);
          } else if (expected === 'ok' && rule.scoped && route.method === 'GET') {
            try {
              rule.scoped(res, ctx, tenant, who);
            } catch (e) {
              failures.push(`${route.method} ${call.url} as ${who}/${tenant}: scope leak: ${(e as Error).message}`);
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 600_000); // every route x 7 callers x 2 tenants: well over a minute on a shared 2-core machine
});
