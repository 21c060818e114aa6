import { describe, expect, it } from 'vitest';
import type { ApplicationSummary } from '../../applications/application-types.ts';
import { anApplication } from '../../../test-support/factories.ts';
import { summarizePoints } from './my-points.ts';

const app = (over: Partial<ApplicationSummary>): ApplicationSummary =>
  anApplication({ id: 'x', holder: { id: 'h', name: '李明' }, employer: { id: 'e', name: 'acme' }, ...over });

describe("the holder's points summary (issue #10: the total appeared nowhere)", () => {
  it("takes the newest approval's total and the newest application in progress", () => {
    const s = summarizePoints([
      app({
        id: 'old',
        number: 'JF2025-000001',
        state: 'approved',
        total: 118,
        noticeIssuedOn: '2025-12-01',
        createdAt: '2025-11-01T00:00:00Z',
      }),
      app({
        id: 'new',
        number: 'JF2026-000004',
        state: 'approved',
        total: 126,
        noticeIssuedOn: '2026-06-01',
        createdAt: '2026-05-01T00:00:00Z',
      }),
      app({ id: 'rej', state: 'rejected', total: 90, createdAt: '2026-07-01T00:00:00Z' }),
      app({ id: 'cur', number: 'JF2026-000009', state: 'under_review', total: 130, createdAt: '2026-08-01T00:00:00Z' }),
    ]);
    expect(s.approved?.total).toBe(126);
    expect(s.current?.number).toBe('JF2026-000009');
  });

  it('has nothing to show without applications', () => {
    expect(summarizePoints([])).toEqual({ approved: null, current: null });
  });
});
