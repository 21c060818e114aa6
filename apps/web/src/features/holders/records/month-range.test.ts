import { describe, expect, it } from 'vitest';
import { monthRange } from './month-range.ts';

describe('monthRange', () => {
  it('crosses a year end', () =>
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']));
  it('is one month when from equals to', () => expect(monthRange('2026-05', '2026-05')).toEqual(['2026-05']));
  it('is empty when to is before from', () => expect(monthRange('2026-05', '2026-04')).toEqual([]));
});
