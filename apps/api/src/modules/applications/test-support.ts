import type { AssessmentInput } from '@jifen/domain';
import type { Client } from '../../../test/support/client.ts';

/** Holder data that passes every hard check (C-1, C-3, C-5, C-6). */
export const PASSING_INPUT: AssessmentInput = {
  birthDate: '1990-03-07',
  education: 'benke_bachelor',
  socialInsurance: { kind: 'summary', qualifyingMonths: 48, insuredThisMonth: true, monthsPaidInWindow: 12, baseMultipleTier: null },
};

/** C-1 fails: only the last 4 of 12 months paid (journey c). */
export const C1_FAILING_INPUT: AssessmentInput = {
  birthDate: '1990-03-07',
  education: 'benke_bachelor',
  socialInsurance: {
    kind: 'records',
    months: Array.from({ length: 13 }, (_, i) => {
      const d = new Date(Date.UTC(2025, 5 + i, 1));
      return { month: d.toISOString().slice(0, 7), paid: i >= 9, employerUscc: '91310115MA1H7Q3R2X' };
    }),
  },
};

let counter = 0;
export const newKey = () => `test-key-${Date.now()}-${++counter}`;

export async function createDraft(hr: Client, holderId: string, kind = 'first_application', key = newKey()) {
  const res = await hr.post('/api/v1/applications', { holderId, kind }, { headers: { 'idempotency-key': key } });
  if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`create failed ${res.statusCode} ${res.body}`);
  return res.json().application as { id: string; number: string; version: number; state: string };
}

export async function act(c: Client, id: string, action: string, expectedVersion: number, reason?: string) {
  return c.post(`/api/v1/applications/${id}/actions/${action}`, { expectedVersion, ...(reason ? { reason } : {}) });
}
