import { describe, expect, it } from 'vitest';
import type { PolicyParameter } from '@jifen/contracts';
import {
  collectChanges,
  editorKind,
  editsFromDraft,
  parseEditorValue,
  sameValue,
  toEditorValue,
} from './parameter-value.ts';

const base: PolicyParameter[] = [
  { path: 'lifecycle.renewalWindowDays', value: 30, source: 'L-2 seed' },
  { path: 'lifecycle.graceKeepsHoldingYears', value: false, source: 'L-3 seed' },
  { path: 'lifecycle.suspendedBenefits', value: ['school_entrance', 'medical_reimbursement'], source: 'L-6 seed' },
  { path: 'points.baseMultipleTiers', value: [{ minMultiple: 1, points: 25 }], source: 'S-9' },
  { path: 'materials.where', value: '社区事务受理服务中心', source: 'R-2' },
];

describe('parameter values in the editor (P-1)', () => {
  it('picks the control by the current value’s type', () => {
    expect(base.map((p) => editorKind(p.value))).toEqual(['number', 'boolean', 'json', 'json', 'string']);
    expect(toEditorValue(['a'])).toBe('[\n  "a"\n]');
    expect(toEditorValue(30)).toBe(30);
  });

  it('reads numbers, booleans, text and JSON back, refusing what does not parse', () => {
    expect(parseEditorValue('number', 45)).toEqual({ ok: true, value: 45 });
    expect(parseEditorValue('number', null)).toEqual({ ok: false, problem: 'number' });
    expect(parseEditorValue('boolean', true)).toEqual({ ok: true, value: true });
    expect(parseEditorValue('string', '  ')).toEqual({ ok: false, problem: 'empty' });
    expect(parseEditorValue('json', '[1, {"a": 2}]')).toEqual({ ok: true, value: [1, { a: 2 }] });
    expect(parseEditorValue('json', '[1, {a: 2}]')).toEqual({ ok: false, problem: 'json' });
    expect(parseEditorValue('json', '')).toEqual({ ok: false, problem: 'json' });
  });

  it('treats a reordered object as the same value', () => {
    expect(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });

  it('sends only changed parameters, each with its source', () => {
    const result = collectChanges(base, {
      'lifecycle.renewalWindowDays': { value: 45, source: '  2027 notice, art. 3  ' },
      // Edited back to the current value: not a change, no source needed.
      'lifecycle.graceKeepsHoldingYears': { value: false, source: '' },
      'points.baseMultipleTiers': { value: '[{"points": 25, "minMultiple": 1}]', source: '' },
    });
    expect(result.problems).toEqual({});
    expect(result.changes).toEqual([{ path: 'lifecycle.renewalWindowDays', value: 45, source: '2027 notice, art. 3' }]);
  });

  it('requires a source for every changed value', () => {
    const result = collectChanges(base, {
      'lifecycle.graceKeepsHoldingYears': { value: true, source: '   ' },
      'lifecycle.suspendedBenefits': { value: '["school_entrance"]', source: 'notice' },
    });
    expect(result.problems).toEqual({ 'lifecycle.graceKeepsHoldingYears': 'sourceRequired' });
    expect(result.changes).toEqual([
      { path: 'lifecycle.suspendedBenefits', value: ['school_entrance'], source: 'notice' },
    ]);
  });

  it('reports values that do not parse instead of sending them', () => {
    const result = collectChanges(base, {
      'points.baseMultipleTiers': { value: '[{"minMultiple": 1,', source: 'x' },
      'lifecycle.renewalWindowDays': { value: null, source: 'x' },
      'materials.where': { value: '', source: 'x' },
    });
    expect(result.changes).toEqual([]);
    expect(result.problems).toEqual({
      'points.baseMultipleTiers': 'json',
      'lifecycle.renewalWindowDays': 'number',
      'materials.where': 'empty',
    });
  });

  it('reopens a saved draft with its changes and their sources', () => {
    const draft = base.map((p) =>
      p.path === 'lifecycle.renewalWindowDays' ? { ...p, value: 45, source: '2027 notice' } : p,
    );
    const edits = editsFromDraft(base, draft);
    expect(edits).toEqual({ 'lifecycle.renewalWindowDays': { value: 45, source: '2027 notice' } });
    expect(collectChanges(base, edits).changes).toEqual([
      { path: 'lifecycle.renewalWindowDays', value: 45, source: '2027 notice' },
    ]);
  });
});
