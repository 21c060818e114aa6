import { Client } from '../support/client.ts';
import { adminOnly, everyone, type Ctx, type Rule } from './types.ts';

let second: Client | undefined;
// Each call drafts a year of its own (wage years up to 2200, calendars to 2099); calendars and wages count separately.
let wageYear = 2101;
// A calendar's dates must lie in the accepted range (to 2099-12-31): years no test or shipped data uses.
let calendarYear = 2060;
let serial = 0;

/** A wage draft by the second administrator: the first may publish or discard it (two-person rule). */
async function draftBySecondAdmin(ctx: Ctx): Promise<string> {
  second ??= await Client.signedIn(ctx.h.app, 'admin2');
  const res = await second.post('/api/v1/admin/policy/wages', {
    year: wageYear++,
    monthlyAverage: 20000,
    source: 'access-matrix test figure',
  });
  if (res.statusCode !== 201) throw new Error(`draft failed: ${res.body}`);
  return (res.json() as { document: { id: string } }).document.id;
}

const shipped = async (ctx: Ctx) =>
  (await ctx.h.db.one<{ id: string }>(`SELECT id FROM policy_documents WHERE kind = 'calendar' AND key = '2026'`)).id;

export const POLICY_DATA_RULES: Record<string, Rule> = {
  'GET /api/v1/policy/data': { row: everyone },
  'GET /api/v1/admin/policy/documents': { row: adminOnly },
  'GET /api/v1/admin/policy/documents/:id': {
    row: adminOnly,
    build: async (ctx) => ({ url: `/api/v1/admin/policy/documents/${await shipped(ctx)}` }),
  },
  'GET /api/v1/admin/policy/documents/:id/impact': {
    row: adminOnly,
    build: async (ctx) => ({ url: `/api/v1/admin/policy/documents/${await shipped(ctx)}/impact` }),
  },
  'GET /api/v1/admin/policy/documents/:id/wage-impact': {
    row: adminOnly,
    build: async (ctx) => ({ url: `/api/v1/admin/policy/documents/${await draftBySecondAdmin(ctx)}/wage-impact` }),
  },
  'POST /api/v1/admin/policy/documents/:id/publish': {
    row: adminOnly,
    build: async (ctx) => ({ url: `/api/v1/admin/policy/documents/${await draftBySecondAdmin(ctx)}/publish` }),
  },
  'POST /api/v1/admin/policy/documents/:id/discard': {
    row: adminOnly,
    build: async (ctx) => ({ url: `/api/v1/admin/policy/documents/${await draftBySecondAdmin(ctx)}/discard` }),
  },
  'POST /api/v1/admin/policy/calendars': {
    row: adminOnly,
    build: () => ({ url: '/api/v1/admin/policy/calendars', body: calendarBody(calendarYear++) }),
  },
  'PUT /api/v1/admin/policy/calendars/:id': {
    row: adminOnly,
    build: async (ctx) => {
      const y = calendarYear++;
      second ??= await Client.signedIn(ctx.h.app, 'admin2');
      const res = await second.post('/api/v1/admin/policy/calendars', calendarBody(y));
      return {
        url: `/api/v1/admin/policy/calendars/${(res.json() as { document: { id: string } }).document.id}`,
        body: calendarBody(y),
      };
    },
  },
  'POST /api/v1/admin/policy/wages': {
    row: adminOnly,
    build: () => ({
      url: '/api/v1/admin/policy/wages',
      body: { year: wageYear++, monthlyAverage: 20000, source: 'access-matrix test figure' },
    }),
  },
  'PUT /api/v1/admin/policy/wages/:id': {
    row: adminOnly,
    build: async (ctx) => {
      const id = await draftBySecondAdmin(ctx);
      const y = (await ctx.h.db.one<{ key: string }>('SELECT key FROM policy_documents WHERE id = $1', [id])).key;
      return {
        url: `/api/v1/admin/policy/wages/${id}`,
        body: { year: Number(y), monthlyAverage: 21000, source: 'access-matrix test figure, edited' },
      };
    },
  },
  'POST /api/v1/admin/policy/versions': {
    row: adminOnly,
    build: () => ({ url: '/api/v1/admin/policy/versions', body: versionBody(`sh-test-${serial++}`) }),
  },
  'PUT /api/v1/admin/policy/versions/:id': {
    row: adminOnly,
    build: async (ctx) => {
      const id = `sh-test-${serial++}`;
      second ??= await Client.signedIn(ctx.h.app, 'admin2');
      const res = await second.post('/api/v1/admin/policy/versions', versionBody(id));
      return {
        url: `/api/v1/admin/policy/versions/${(res.json() as { document: { id: string } }).document.id}`,
        body: versionBody(id),
      };
    },
  },
  'GET /api/v1/admin/policy/pending': { row: adminOnly },
  'GET /api/v1/admin/policy/compare': {
    row: adminOnly,
    build: () => ({ url: '/api/v1/admin/policy/compare?a=sh-2018&b=sh-2026' }),
  },
  'POST /api/v1/admin/policy/replay': { row: adminOnly },
};

function calendarBody(y: number) {
  return {
    year: y,
    notices: [
      {
        number: null,
        title: `access-matrix test calendar ${y}`,
        date: `${y - 1}-11-01`,
        url: 'https://example.org/test',
      },
    ],
    holidays: [{ date: `${y}-01-01`, name: { zh: '元旦', en: "New Year's Day" } }],
    makeupWorkdays: [],
    source: 'access-matrix test data',
  };
}

function versionBody(id: string) {
  return {
    basedOn: 'sh-2026',
    id,
    name: { zh: '测试版本', en: 'Test version' },
    // Far ahead of any real version, inside the accepted range of dates (to 2099-12-31).
    effectiveFrom: `${2060 + serial}-01-01`,
    changes: [],
  };
}
