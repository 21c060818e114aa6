import { expect } from 'vitest';
import { createConsultation } from '../../src/modules/consultations/consultations.service.ts';
import { everyone, onlyRoles, type Ctx, type Rule } from './types.ts';

/** Issue #4: the public assessment, holders' saved assessments, consultation requests and the consultant queue. */

const summaryInput = {
  age: 30,
  education: 'benke_bachelor',
  socialInsurance: {
    kind: 'summary',
    qualifyingMonths: 48,
    insuredThisMonth: true,
    monthsPaidInWindow: 12,
    baseMultipleTier: null,
  },
};

/** A fresh request straight through the service, so per-route rate limits are not spent building the matrix. */
async function freshConsultation(ctx: Ctx): Promise<{ id: string; reference: string }> {
  const { h } = ctx;
  const created = await createConsultation(
    h,
    { retentionDays: 90 },
    {
      name: '矩阵测试',
      mobile: '13900001111',
      question: '访问控制矩阵',
      consent: true,
      noticeVersion: '2026-01',
      language: 'zh',
    },
  );
  const row = await h.db.one<{ id: string }>('SELECT id FROM consultations WHERE reference = $1', [created.reference]);
  return { id: row.id, reference: created.reference };
}

const consultantOnly = onlyRoles('consultant');

export const ASSESSMENT_CONSULTATION_RULES: Record<string, Rule> = {
  'POST /api/v1/assessments': {
    row: everyone,
    build: () => ({ url: '/api/v1/assessments', body: { input: summaryInput, asOf: '2026-03-01' } }),
  },
  'POST /api/v1/me/assessments': {
    row: onlyRoles('holder'),
    build: () => ({ url: '/api/v1/me/assessments', body: { input: summaryInput, asOf: '2026-03-01' } }),
  },
  'GET /api/v1/me/assessments': {
    row: onlyRoles('holder'),
    scoped: (res) => {
      for (const a of (res.json() as { assessments: { input: unknown }[] }).assessments)
        expect(a.input).toEqual(summaryInput);
    },
  },
  'POST /api/v1/consultations': {
    row: everyone,
    build: () => ({
      url: '/api/v1/consultations',
      body: { name: '矩阵', mobile: '13900001111', question: '问题', consent: true },
    }),
  },
  'GET /api/v1/consultations/by-reference/:reference': {
    row: everyone,
    build: async (ctx) => ({ url: `/api/v1/consultations/by-reference/${(await freshConsultation(ctx)).reference}` }),
  },
  'DELETE /api/v1/consultations/by-reference/:reference': {
    row: everyone,
    build: async (ctx) => ({ url: `/api/v1/consultations/by-reference/${(await freshConsultation(ctx)).reference}` }),
  },
  'GET /api/v1/consultations': {
    row: consultantOnly,
    scoped: (res) => expect(res.body).not.toContain('13900001111'),
  },
  'PATCH /api/v1/consultations/:id': {
    row: consultantOnly,
    build: async (ctx) => ({
      url: `/api/v1/consultations/${(await freshConsultation(ctx)).id}`,
      body: { status: 'called_back' },
    }),
  },
  'POST /api/v1/consultations/:id/reveal-mobile': {
    row: consultantOnly,
    build: async (ctx) => ({
      url: `/api/v1/consultations/${(await freshConsultation(ctx)).id}/reveal-mobile`,
      body: { reason: '回访' },
    }),
  },
};
