import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { ensureEndorsedForRenewal } from '../../src/modules/applications/test-support.ts';
import { onlyRoles, USERNAME, type Ctx, type Row, type Rule, type Tenant, type Who } from './types.ts';

/** Issue #5: applications, their actions and checklists; visits and notifications rows live beside. */

const caseRecord: Row = {
  anonymous: 401,
  holder: ['ok', 404],
  hr: ['ok', 404],
  clerk: ['ok', 404],
  reviewer: ['ok', 404],
  consultant: 403,
  admin: 403,
};

/** An application straight in the database: own = 李明 at 示例科技 (浦东), other = 赵敏 at 贝塔 (徐汇). */
export async function insertApplication(
  ctx: Ctx,
  t: Tenant,
  state: string,
  kind = 'first_application',
): Promise<string> {
  const { db } = ctx.h;
  const holderId = t === 'own' ? ctx.ids.liMing! : ctx.ids.zhaoMin!;
  const h = await db.one<{ employer_id: string }>('SELECT employer_id FROM holders WHERE id = $1', [holderId]);
  const hr = await db.one<{ id: string }>("SELECT id FROM users WHERE role = 'hr' AND employer_id = $1 LIMIT 1", [
    h.employer_id,
  ]);
  await closeOpenApplications(ctx, holderId);
  const id = randomUUID();
  await db.query(
    `INSERT INTO applications (id, holder_id, employer_id, kind, state, created_by, created_at, updated_at, idempotency_key)
     VALUES ($1, $2, $3, $7, $4, $5, now(), now(), $6)`,
    [id, holderId, h.employer_id, state, hr.id, `matrix-${id}`, kind],
  );
  return id;
}

/** One application per holder may be open (migration 008): each matrix cell starts from none. */
async function closeOpenApplications(ctx: Ctx, holderId: string): Promise<void> {
  await ctx.h.db.query(
    "UPDATE applications SET state = 'withdrawn', version = version + 1 WHERE holder_id = $1 AND state NOT IN ('approved', 'rejected', 'withdrawn')",
    [holderId],
  );
}

/** For each role, a move the table allows it from some state. */
const MOVE: Partial<Record<Who, { state: string; action: string }>> = {
  holder: { state: 'draft', action: 'confirm' },
  hr: { state: 'draft', action: 'withdraw' },
  clerk: { state: 'awaiting_visit', action: 'accept_materials' },
  reviewer: { state: 'under_review', action: 'approve' },
};

export const APPLICATION_RULES: Record<string, Rule> = {
  // Issue 17: the holder starts their own renewal (own = 李明, the signed-in holder; other = 赵敏: 404).
  'POST /api/v1/applications': {
    row: { ...onlyRoles('hr', 'holder'), hr: ['ok', 404], holder: ['ok', 404] },
    build: async (ctx, t, who) => {
      const holderId = t === 'own' ? ctx.ids.liMing! : ctx.ids.zhaoMin!;
      await closeOpenApplications(ctx, holderId);
      const kind = who === 'holder' ? 'renewal_same_employer' : 'first_application';
      return {
        url: '/api/v1/applications',
        body: { holderId, kind },
        headers: { 'idempotency-key': `matrix-${randomUUID()}` },
      };
    },
  },
  // Issue 17, problem 7: the confirmation's engine lines, for whoever sees the application.
  'GET /api/v1/applications/:id/preview': {
    row: caseRecord,
    build: async (ctx, t) => ({ url: `/api/v1/applications/${await insertApplication(ctx, t, 'draft')}/preview` }),
  },
  'GET /api/v1/applications': {
    row: onlyRoles('holder', 'hr', 'clerk', 'reviewer'),
    scoped: (res, ctx) => {
      for (const a of (res.json() as { applications: { holder: { id: string } }[] }).applications)
        expect(a.holder.id).not.toBe(ctx.ids.zhaoMin);
    },
  },
  'GET /api/v1/applications/:id': {
    row: caseRecord,
    build: async (ctx, t) => ({ url: `/api/v1/applications/${await insertApplication(ctx, t, 'under_review')}` }),
  },
  'GET /api/v1/applications/:id/checklist': {
    row: caseRecord,
    build: async (ctx, t) => ({
      url: `/api/v1/applications/${await insertApplication(ctx, t, 'awaiting_visit')}/checklist`,
    }),
  },
  // R-3 step 5: the points notice of an approved application, as the approve transition leaves it (total, policy, issue day).
  'GET /api/v1/applications/:id/notice.pdf': {
    row: caseRecord,
    build: async (ctx, t) => {
      const id = await insertApplication(ctx, t, 'approved');
      await ctx.h.db.query(
        "UPDATE applications SET total = 126, policy_id = 'sh-2026', policy_hash = $2, notice_issued_on = '2026-06-15' WHERE id = $1",
        [id, 'a'.repeat(64)],
      );
      return { url: `/api/v1/applications/${id}/notice.pdf` };
    },
  },
  'POST /api/v1/applications/:id/actions/:action': {
    row: caseRecord,
    build: async (ctx, t, who) => {
      const move = MOVE[who] ?? { state: 'draft', action: 'withdraw' };
      // An approval is the holder's renewal, for the permit endorsed after the points cycle (L-4, L-7).
      const approving = move.action === 'approve';
      if (approving) await ensureEndorsedForRenewal(ctx.h.db, t === 'own' ? ctx.ids.liMing! : ctx.ids.zhaoMin!);
      const id = await insertApplication(ctx, t, move.state, approving ? 'renewal_same_employer' : undefined);
      return {
        url: `/api/v1/applications/${id}/actions/${move.action}`,
        body: { expectedVersion: 1, reason: '矩阵测试' },
      };
    },
  },
};

/** A notification for the caller (own) or for someone else (other). */
async function notificationFor(ctx: Ctx, t: Tenant, who: Who): Promise<string> {
  const username = t === 'own' && who !== 'anonymous' ? USERNAME[who] : 'hr.beta';
  const user = await ctx.h.db.one<{ id: string }>('SELECT id FROM users WHERE username = $1', [username]);
  const id = randomUUID();
  await ctx.h.db.query(
    `INSERT INTO notifications (id, user_id, title, body, title_en, body_en, created_at) VALUES ($1, $2, '矩阵', '矩阵测试', 'matrix', 'matrix test', now())`,
    [id, user.id],
  );
  return id;
}

export const NOTIFICATION_RULES: Record<string, Rule> = {
  'GET /api/v1/notifications': {
    row: { ...onlyRoles('holder', 'hr', 'clerk', 'reviewer', 'consultant', 'admin') },
  },
  'POST /api/v1/notifications/:id/read': {
    row: {
      anonymous: 401,
      holder: ['ok', 404],
      hr: ['ok', 404],
      clerk: ['ok', 404],
      reviewer: ['ok', 404],
      consultant: ['ok', 404],
      admin: ['ok', 404],
    },
    build: async (ctx, t, who) => ({ url: `/api/v1/notifications/${await notificationFor(ctx, t, who)}/read` }),
  },
  'GET /api/v1/me/sms': { row: onlyRoles('holder') },
};

let slotMinute = 0;
/** A future slot in 浦东 (the own HR's district) with places left. */
async function slotIn(ctx: Ctx): Promise<string> {
  const { db } = ctx.h;
  const reviewer = await db.one<{ id: string }>("SELECT id FROM users WHERE username = 'reviewer.pd'");
  const id = randomUUID();
  const startsAt = new Date(Date.UTC(2026, 6, 1, 1, 0) + ++slotMinute * 60_000).toISOString();
  await db.query(
    "INSERT INTO visit_slots (id, district_code, starts_at, capacity, published_by, created_at) VALUES ($1, '310115', $2, 5, $3, now())",
    [id, startsAt, reviewer.id],
  );
  return id;
}

async function bookedApplication(ctx: Ctx, t: Tenant): Promise<string> {
  const appId = await insertApplication(ctx, t, 'awaiting_visit');
  const slot = await slotIn(ctx);
  const hr = await ctx.h.db.one<{ created_by: string }>('SELECT created_by FROM applications WHERE id = $1', [appId]);
  await ctx.h.db.query('UPDATE visit_slots SET booked = 1 WHERE id = $1', [slot]);
  await ctx.h.db.query(
    "INSERT INTO visit_bookings (id, slot_id, application_id, status, booked_by, created_at) VALUES ($1, $2, $3, 'booked', $4, now())",
    [randomUUID(), slot, appId, hr.created_by],
  );
  return appId;
}

const hrBooking: Row = { ...onlyRoles('hr'), hr: ['ok', 404] };

export const VISIT_RULES: Record<string, Rule> = {
  'POST /api/v1/visit-slots': {
    row: onlyRoles('reviewer'),
    build: () => ({
      url: '/api/v1/visit-slots',
      body: { startsAt: new Date(Date.UTC(2026, 7, 1, 1, 0) + ++slotMinute * 60_000).toISOString(), capacity: 3 },
    }),
  },
  'GET /api/v1/visit-slots': { row: onlyRoles('hr', 'reviewer', 'clerk') },
  'POST /api/v1/applications/:id/visit': {
    row: hrBooking,
    build: async (ctx, t) => ({
      url: `/api/v1/applications/${await insertApplication(ctx, t, 'awaiting_visit')}/visit`,
      body: { slotId: await slotIn(ctx) },
    }),
  },
  'GET /api/v1/applications/:id/visit': {
    row: caseRecord,
    build: async (ctx, t) => ({ url: `/api/v1/applications/${await bookedApplication(ctx, t)}/visit` }),
  },
  'PUT /api/v1/applications/:id/visit': {
    row: hrBooking,
    build: async (ctx, t) => ({
      url: `/api/v1/applications/${await bookedApplication(ctx, t)}/visit`,
      body: { slotId: await slotIn(ctx) },
    }),
  },
  'DELETE /api/v1/applications/:id/visit': {
    row: hrBooking,
    build: async (ctx, t) => ({ url: `/api/v1/applications/${await bookedApplication(ctx, t)}/visit` }),
  },
};
