import { expect } from 'vitest';
import { createThread } from '../../src/modules/online-consult/online-consult.service.ts';
import { everyone, onlyRoles, open, signedIn, type Ctx, type Rule } from './types.ts';

/** Issue #14: online consultation (public asking and following, the consultant's workbench and knowledge base). */

/** An anonymous thread straight through the service (per-route rate limits are not spent building the matrix). */
async function freshThread(ctx: Ctx): Promise<{ id: string; reference: string }> {
  const { h } = ctx;
  const created = await createThread(h, { retentionDays: 90 }, null, null, {
    question: '矩阵测试：居住证过期了怎么办',
    consent: true,
    noticeVersion: '2026-01',
    language: 'zh',
    notifySms: false,
  });
  const row = await h.db.one<{ id: string }>('SELECT id FROM consultation_threads WHERE reference = $1', [
    created.reference,
  ]);
  return { id: row.id, reference: created.reference };
}

let slugs = 0;
const entryBody = () => ({
  slug: `matrix-${++slugs}`,
  title: { zh: '矩阵条目', en: 'Matrix entry' },
  body: { zh: '测试', en: 'Test' },
  keywords: { zh: '', en: '' },
  ruleIds: ['L-4'],
});

async function freshReply(ctx: Ctx): Promise<string> {
  const id = crypto.randomUUID();
  await ctx.h.db.execute(
    `INSERT INTO consultant_saved_replies (id, slug, title_zh, title_en, body_zh, body_en, rule_ids, sort, created_at)
     VALUES ($1, $2, '矩阵', 'Matrix', '测试', 'Test', '["L-4"]'::jsonb, 99, $3)`,
    [id, `matrix-reply-${id.slice(0, 8)}`, ctx.h.clock.now()],
  );
  return id;
}

const replyBody = () => ({
  slug: `matrix-reply-${++slugs}`,
  title: { zh: '矩阵答复', en: 'Matrix reply' },
  body: { zh: '测试（L-4）', en: 'Test (L-4)' },
  ruleIds: ['L-4'],
});

async function freshEntry(ctx: Ctx): Promise<string> {
  const id = crypto.randomUUID();
  const now = ctx.h.clock.now();
  await ctx.h.db.execute(
    `INSERT INTO knowledge_entries (id, slug, status, title_zh, title_en, body_zh, body_en, rule_ids, created_at, updated_at)
     VALUES ($1, $2, 'draft', '矩阵', 'Matrix', '测试', 'Test', '["L-4"]'::jsonb, $3, $3)`,
    [id, `matrix-entry-${id.slice(0, 8)}`, now],
  );
  return id;
}

const consultantOnly = onlyRoles('consultant');

export const ONLINE_CONSULT_RULES: Record<string, Rule> = {
  'POST /api/v1/consult/instant-answers': {
    row: everyone,
    build: () => ({ url: '/api/v1/consult/instant-answers', body: { question: '居住证过期70天了积分还有吗' } }),
  },
  'POST /api/v1/consult/threads': {
    row: everyone,
    build: () => ({ url: '/api/v1/consult/threads', body: { question: '矩阵问题', consent: true } }),
  },
  'GET /api/v1/consult/threads/by-reference/:reference': {
    row: everyone,
    build: async (ctx) => ({ url: `/api/v1/consult/threads/by-reference/${(await freshThread(ctx)).reference}` }),
  },
  'POST /api/v1/consult/threads/by-reference/:reference/messages': {
    row: everyone,
    build: async (ctx) => ({
      url: `/api/v1/consult/threads/by-reference/${(await freshThread(ctx)).reference}/messages`,
      body: { body: '追问' },
    }),
  },
  // Issue 18: anyone with the code may enter the SMS code; a thread without a number to prove answers 422, never 401/403.
  'POST /api/v1/consult/threads/by-reference/:reference/mobile-verification': {
    row: open,
    build: async (ctx) => ({
      url: `/api/v1/consult/threads/by-reference/${(await freshThread(ctx)).reference}/mobile-verification`,
      body: { code: '123456' },
    }),
  },
  'DELETE /api/v1/consult/threads/by-reference/:reference': {
    row: everyone,
    build: async (ctx) => ({ url: `/api/v1/consult/threads/by-reference/${(await freshThread(ctx)).reference}` }),
  },
  'GET /api/v1/me/consult/threads': {
    row: signedIn,
    scoped: (res) => {
      // Only the caller's own threads: the matrix's anonymous threads never show.
      expect(res.body).not.toContain('矩阵测试');
    },
  },
  'GET /api/v1/consult/workbench': { row: consultantOnly },
  'POST /api/v1/consult/workbench/:id/claim': {
    row: consultantOnly,
    build: async (ctx) => ({ url: `/api/v1/consult/workbench/${(await freshThread(ctx)).id}/claim` }),
  },
  'POST /api/v1/consult/workbench/:id/answer': {
    row: consultantOnly,
    build: async (ctx) => ({
      url: `/api/v1/consult/workbench/${(await freshThread(ctx)).id}/answer`,
      body: { body: '答复（L-4）', ruleIds: ['L-4'] },
    }),
  },
  'POST /api/v1/consult/workbench/:id/hand-over': {
    row: consultantOnly,
    build: async (ctx) => ({ url: `/api/v1/consult/workbench/${(await freshThread(ctx)).id}/hand-over`, body: {} }),
  },
  'POST /api/v1/consult/workbench/:id/close': {
    row: consultantOnly,
    build: async (ctx) => ({ url: `/api/v1/consult/workbench/${(await freshThread(ctx)).id}/close` }),
  },
  'GET /api/v1/consult/consultants': { row: consultantOnly },
  'GET /api/v1/consult/saved-replies': { row: consultantOnly },
  'POST /api/v1/consult/saved-replies': {
    row: consultantOnly,
    build: () => ({ url: '/api/v1/consult/saved-replies', body: replyBody() }),
  },
  'PUT /api/v1/consult/saved-replies/:id': {
    row: consultantOnly,
    build: async (ctx) => ({ url: `/api/v1/consult/saved-replies/${await freshReply(ctx)}`, body: replyBody() }),
  },
  'DELETE /api/v1/consult/saved-replies/:id': {
    row: consultantOnly,
    build: async (ctx) => ({ url: `/api/v1/consult/saved-replies/${await freshReply(ctx)}` }),
  },
  'GET /api/v1/consult/knowledge': { row: consultantOnly },
  'POST /api/v1/consult/knowledge': {
    row: consultantOnly,
    build: () => ({ url: '/api/v1/consult/knowledge', body: entryBody() }),
  },
  'PUT /api/v1/consult/knowledge/:id': {
    row: consultantOnly,
    build: async (ctx) => ({ url: `/api/v1/consult/knowledge/${await freshEntry(ctx)}`, body: entryBody() }),
  },
  'POST /api/v1/consult/knowledge/:id/publish': {
    row: consultantOnly,
    build: async (ctx) => ({ url: `/api/v1/consult/knowledge/${await freshEntry(ctx)}/publish` }),
  },
  'POST /api/v1/consult/knowledge/:id/retire': {
    row: consultantOnly,
    build: async (ctx) => ({ url: `/api/v1/consult/knowledge/${await freshEntry(ctx)}/retire` }),
  },
};
