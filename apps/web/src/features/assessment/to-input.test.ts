import { describe, expect, it } from 'vitest';
import { evaluateInBrowser } from './engine.ts';
import { emptyForm, type FormState } from './form-state.ts';
import { decodeForm, encodeForm } from './share-codec.ts';
import { readForm } from './to-input.ts';
import { applyWhatIf } from './what-if-patches.ts';

const ASOF = '2026-03-01';
const worked = (patch: Partial<FormState> = {}): FormState => ({
  ...emptyForm(ASOF),
  residentId: '120223198902021249',
  education: 'benke_bachelor',
  siYears: '4',
  ...patch,
});

describe('readForm', () => {
  it('reads the birth date from the resident ID (I-1) and scores the worked example (132)', () => {
    const read = readForm(worked());
    expect(read.birthFromId).toBe('1989-02-02');
    expect(read.errors).toEqual({});
    const r = evaluateInBrowser(read.input!, ASOF);
    expect(r.ok && r.value.assessment.total).toBe(132);
  });

  it('puts each problem at its field, in both languages', () => {
    const bad = readForm(worked({ residentId: '120223198902021248', marriageDate: '2019-02-30', contractStart: '2026-05-01', contractEnd: '2026-03-01', siMonths: '14' }));
    expect(bad.input).toBeNull();
    expect(bad.errors.residentId?.zh).toContain('校验码错误');
    expect(bad.errors.residentId?.en).toContain('fails the check');
    expect(bad.errors.marriageDate?.en).toContain('Invalid date');
    expect(bad.errors.contractEnd?.zh).toBe('M-2 劳动合同终止日期早于起始日期');
    expect(bad.errors.siMonths?.en).toBe('Months must be 0-11');
  });

  it('waits for S-2 without calling it an error', () => {
    const read = readForm(emptyForm(ASOF));
    expect(read.input).toBeNull();
    expect(read.errors).toEqual({});
  });

  it('expands monthly record periods and flags overlaps and reversed periods', () => {
    const ok = readForm(worked({ siMode: 'records', employerUscc: '91110000101623741K', periods: [{ from: '2022-03', to: '2026-03', base: '15000', backPaid: false }] }));
    expect(ok.input?.socialInsurance).toMatchObject({ kind: 'records' });
    expect(ok.input?.socialInsurance.kind === 'records' && ok.input.socialInsurance.months).toHaveLength(49);
    const bad = readForm(worked({ siMode: 'records', periods: [{ from: '2024-01', to: '2024-12', base: '', backPaid: false }, { from: '2024-06', to: '2025-01', base: '', backPaid: false }, { from: '2025-05', to: '2025-02', base: '', backPaid: false }] }));
    expect(bad.errors['periods.1']?.en).toBe('Overlaps another period');
    expect(bad.errors['periods.2']?.en).toBe('The period ends before it starts');
  });
});

describe('share link', () => {
  it('round-trips the answers through the fragment, without PI-2 records or the resident ID (PI-1)', () => {
    const form = worked({ generalCrimeDates: '2024-01-01', seriousCrime: true, commendation: 'municipal' });
    const fragment = encodeForm(form);
    expect(fragment).toMatch(/^a=[A-Za-z0-9_-]+$/);
    const back = decodeForm(`#${fragment}`, '2026-11-28')!;
    expect(back).toEqual({ ...form, residentId: '', birthDate: '1989-02-02', generalCrimeDates: '', seriousCrime: false });
    expect(decodeForm('#a=not-base64!', ASOF)).toBeNull();
    expect(decodeForm('#other', ASOF)).toBeNull();
  });
});

describe('what-ifs', () => {
  it('applies a ranked what-if to the form so the total becomes its new total', () => {
    const form = worked({ education: 'dazhuan' });
    const r = evaluateInBrowser(readForm(form).input!, ASOF);
    if (!r.ok) throw new Error('no policy');
    for (const imp of r.value.improvements) {
      const next = applyWhatIf(form, imp, [0.8, 1, 2, 3]);
      if (!next) continue;
      const after = evaluateInBrowser(readForm(next).input!, ASOF);
      expect(after.ok && after.value.assessment.total).toBe(imp.newTotal);
    }
    expect(r.value.improvements.some((imp) => applyWhatIf(form, imp, [0.8, 1, 2, 3]) !== null)).toBe(true);
  });
});
