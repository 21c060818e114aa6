import { describe, expect, it } from 'vitest';
import { evaluateInBrowser } from './engine.ts';
import { emptyForm, type FormState } from './form-state.ts';
import { decodeForm, encodeForm } from './share-codec.ts';
import { readForm, summaryWarnings } from './to-input.ts';
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
    const bad = readForm(
      worked({
        residentId: '120223198902021248',
        marriageDate: '2019-02-30',
        contractStart: '2026-05-01',
        contractEnd: '2026-03-01',
        siMonths: '14',
      }),
    );
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
    const ok = readForm(
      worked({
        siMode: 'records',
        employerUscc: '91110000101623741K',
        periods: [{ from: '2022-03', to: '2026-03', base: '15000', backPaid: false }],
      }),
    );
    expect(ok.input?.socialInsurance).toMatchObject({ kind: 'records' });
    expect(ok.input?.socialInsurance.kind === 'records' && ok.input.socialInsurance.months).toHaveLength(49);
    const bad = readForm(
      worked({
        siMode: 'records',
        periods: [
          { from: '2024-01', to: '2024-12', base: '', backPaid: false },
          { from: '2024-06', to: '2025-01', base: '', backPaid: false },
          { from: '2025-05', to: '2025-02', base: '', backPaid: false },
        ],
      }),
    );
    expect(bad.errors['periods.1']?.en).toBe('Overlaps another period');
    expect(bad.errors['periods.2']?.en).toBe('The period ends before it starts');
  });
});

describe('issue 19: what the input cannot support, said as the person types', () => {
  const TIERS = [
    { min: 0.8, max: 1, months: 36 },
    { min: 1, max: 2, months: 36 },
    { min: 2, max: 3, months: 36 },
    { min: 3, max: null, months: 24 },
  ];
  it.each([
    ['2026-03-02', 'birthDate', 'after the evaluation date'],
    ['2010-03-02', 'birthDate', 'under 16'],
  ])('S-2: born %s on 2026-03-01 is an error at %s, never 30 points', (birthDate, field, why) => {
    const read = readForm({ ...emptyForm(ASOF), birthDate, education: 'benke', siYears: '1' });
    expect(read.input).toBeNull();
    expect(read.errors[field as 'birthDate']?.en).toContain(
      field === 'birthDate' && why === 'under 16' ? why : 'after the evaluation date',
    );
  });
  it('S-2: a resident ID of someone under 16 is an error at the ID field', () => {
    // 110101201003020016: born 2010-03-02, 15 on 2026-03-01 (valid check digit computed below).
    const body = '11010120100302001';
    const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = body.split('').reduce((s, ch, i) => s + Number(ch) * (w[i] as number), 0);
    const id = body + '10X98765432'[sum % 11];
    const read = readForm({ ...emptyForm(ASOF), residentId: id, education: 'benke', siYears: '1' });
    expect(read.input).toBeNull();
    expect(read.errors.residentId?.en).toContain('under 16');
  });
  it('S-9: 24 insured months claiming at least 2x: a warning, and the line scores 0 (the new user: not +100)', () => {
    const form = worked({ siYears: '2', baseTier: '2' });
    expect(summaryWarnings(form, TIERS, 6).baseTier?.en).toContain('needs at least 36 months');
    const r = evaluateInBrowser(readForm(form).input!, ASOF);
    expect(r.ok && r.value.assessment.lines.find((l) => l.ruleId === 'S-9')?.points).toBe(0);
    expect(summaryWarnings(worked({ siYears: '2', baseTier: '3' }), TIERS, 6).baseTier).toBeUndefined(); // 3x needs 24
    expect(summaryWarnings(worked({ siYears: '3', baseTier: '2' }), TIERS, 6).baseTier).toBeUndefined();
  });
  it('C-1 and S-4: more months in the window or at the base than insured is said at the field', () => {
    const w = summaryWarnings(
      worked({ siYears: '0', siMonths: '4', monthsPaidInWindow: '12', titleLevel: 'intermediate', titleBaseMet: true }),
      TIERS,
      6,
    );
    expect(w.monthsPaidInWindow?.en).toContain('exceed the months insured (4)');
    expect(w.titleBaseMet?.en).toContain('needs 6 months');
    expect(
      summaryWarnings(worked({ siYears: '0', siMonths: '4', titleLevel: 'skill3', titleBaseMet: true }), TIERS, 6)
        .titleBaseMet,
    ).toBeUndefined();
  });
  it('S-4: the base question is asked only of 技能二级/一级 and 中级/高级职称; unticked is "not given", not "0 months"', () => {
    const skill3 = readForm(worked({ titleLevel: 'skill3', titleInShanghai: true, titleJobMatches: true }));
    expect(skill3.input?.socialInsurance).not.toHaveProperty('titleBaseMonths');
    const r3 = evaluateInBrowser(skill3.input!, ASOF);
    expect(r3.ok && r3.value.assessment.lines.find((l) => l.ruleId === 'S-4')?.reason?.zh).not.toContain('月份0个');
    const mid = evaluateInBrowser(
      readForm(worked({ titleLevel: 'intermediate', titleInShanghai: true, titleJobMatches: true })).input!,
      ASOF,
    );
    const reason = mid.ok ? mid.value.assessment.lines.find((l) => l.ruleId === 'S-4')?.reason?.zh : '';
    expect(reason).toContain('未填报');
    expect(reason).not.toContain('月份0个');
  });
});

describe('share link', () => {
  it('round-trips the answers through the fragment, without PI-2 records or the resident ID (PI-1)', () => {
    const form = worked({ generalCrimeDates: '2024-01-01', seriousCrime: true, commendation: 'municipal' });
    const fragment = encodeForm(form);
    expect(fragment).toMatch(/^a=[A-Za-z0-9_-]+$/);
    const back = decodeForm(`#${fragment}`, '2026-11-28')!;
    expect(back).toEqual({
      ...form,
      residentId: '',
      birthDate: '1989-02-02',
      generalCrimeDates: '',
      seriousCrime: false,
    });
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
