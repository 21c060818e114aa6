import { randomUUID } from 'node:crypto';
import { insertApplication } from './applications.ts';
import { onlyRoles, type Ctx, type Row, type Rule, type Tenant } from './types.ts';

/** Issue #12: the review workbench, the materials at the visit and the review (R-3, C-5). */

const readers: Row = {
  anonymous: 401,
  holder: ['ok', 404],
  hr: ['ok', 404],
  clerk: ['ok', 404],
  reviewer: ['ok', 404],
  consultant: 403,
  admin: 403,
};
const reviewerOnly: Row = { ...onlyRoles('reviewer'), reviewer: ['ok', 404] };
const centre: Row = { ...onlyRoles('reviewer', 'clerk'), reviewer: ['ok', 404], clerk: ['ok', 404] };

const ITEM = { present: true, originalSeen: true, copy: true, sealed: true };
const COMPLETE = {
  items: Object.fromEntries(
    [
      'holder_id_card',
      'residence_permit',
      'labour_contract',
      'termination_record',
      'business_licence',
      'uscc_certificate',
      'introduction_letter',
      'hr_id_card',
    ].map((k) => [k, ITEM]),
  ),
  contractStart: '2026-01-01',
  contractEnd: '2028-12-31',
  terminationLeaveDate: '2025-12-31',
  permitValidUntil: '2028-06-30',
  hrSpecialistInPerson: true,
};

/** An application under review with the input it was submitted with and its file retrieved, as review leaves it. */
async function underReviewWithInput(ctx: Ctx, t: Tenant): Promise<string> {
  const id = await insertApplication(ctx, t, 'under_review');
  const input = {
    age: 30,
    education: 'master',
    socialInsurance: {
      kind: 'summary',
      qualifyingMonths: 36,
      insuredThisMonth: true,
      monthsPaidInWindow: 12,
      baseMultipleTier: null,
    },
  };
  await ctx.h.db.query(
    "UPDATE applications SET policy_id = 'sh-2026', policy_hash = 'x', input_enc = $2, submitted_on = '2026-06-01', file_retrieved_at = now() WHERE id = $1",
    [id, ctx.h.pii.encrypt('application.input', JSON.stringify(input))],
  );
  return id;
}

async function reviewerPd(ctx: Ctx): Promise<string> {
  return (await ctx.h.db.one<{ id: string }>("SELECT id FROM users WHERE username = 'reviewer.pd'")).id;
}

export const REVIEW_RULES: Record<string, Rule> = {
  'GET /api/v1/review/queue': { row: onlyRoles('reviewer', 'clerk') },
  'POST /api/v1/applications/:id/claim': {
    row: reviewerOnly,
    build: async (ctx, t) => ({ url: `/api/v1/applications/${await insertApplication(ctx, t, 'under_review')}/claim` }),
  },
  'POST /api/v1/applications/:id/handover': {
    row: reviewerOnly,
    build: async (ctx, t) => ({
      url: `/api/v1/applications/${await insertApplication(ctx, t, 'under_review')}/handover`,
      body: { toUserId: await reviewerPd(ctx) },
    }),
  },
  'POST /api/v1/applications/:id/materials': {
    row: centre,
    build: async (ctx, t) => ({
      url: `/api/v1/applications/${await insertApplication(ctx, t, 'awaiting_visit')}/materials`,
      body: { expectedVersion: 1, ...COMPLETE },
    }),
  },
  'GET /api/v1/applications/:id/receipt.pdf': {
    row: readers,
    build: async (ctx, t) => {
      const id = await insertApplication(ctx, t, 'under_review');
      await ctx.h.db.query(
        `INSERT INTO material_checks (id, application_id, visit_date, items, facts, outcome, problems, receipt_no, checked_by, checked_at)
         VALUES ($1, $2, '2026-06-01', '{}', '{}', 'accepted', '[]', $3, $4, now())`,
        [randomUUID(), id, `SJ-matrix-${id}`, await reviewerPd(ctx)],
      );
      return { url: `/api/v1/applications/${id}/receipt.pdf` };
    },
  },
  'GET /api/v1/applications/:id/review': {
    row: readers,
    build: async (ctx, t) => ({ url: `/api/v1/applications/${await underReviewWithInput(ctx, t)}/review` }),
  },
  'POST /api/v1/applications/:id/review/file-retrieval': {
    row: reviewerOnly,
    build: async (ctx, t) => ({
      url: `/api/v1/applications/${await insertApplication(ctx, t, 'under_review')}/review/file-retrieval`,
    }),
  },
  'PUT /api/v1/applications/:id/review/indicators/:indicator': {
    row: reviewerOnly,
    build: async (ctx, t) => ({
      url: `/api/v1/applications/${await underReviewWithInput(ctx, t)}/review/indicators/education`,
      body: { decision: 'accepted', reason: '学历证书核验一致' },
    }),
  },
  'POST /api/v1/applications/:id/review/false-material': {
    row: reviewerOnly,
    build: async (ctx, t) => ({
      url: `/api/v1/applications/${await insertApplication(ctx, t, 'under_review')}/review/false-material`,
      body: { expectedVersion: 1, reason: '矩阵测试：学历证书伪造' },
    }),
  },
  'GET /api/v1/me/false-material-findings': { row: onlyRoles('holder') },
};
