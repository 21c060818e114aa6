import { describe, expect, it } from 'vitest';
import { emptyForm } from './form-state.ts';

// Issue 10, item 8: no assertion the person makes is ever ticked for them.
describe("the self-assessment's empty form", () => {
  it('has every yes/no assertion unticked', () => {
    const form = emptyForm('2026-12-01');
    const ticked = Object.entries(form)
      .filter(([, v]) => v === true)
      .map(([k]) => k);
    expect(ticked).toEqual([]);
  });
});
