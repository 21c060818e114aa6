import { describe, expect, it } from 'vitest';
import { FIXTURE_PARAMS } from '../points/test-fixtures.ts';
import { materialsChecklist } from './checklist.ts';
import { lastsAtLeastMonths, validateMaterials, type MaterialsSubmission } from './validate.ts';

const policy = { params: FIXTURE_PARAMS };
const VISIT = '2026-03-02';

function complete(): MaterialsSubmission {
  const both = { original: true, copy: true };
  return {
    items: {
      holder_id_card: both,
      residence_permit: both,
      labour_contract: both,
      termination_record: both,
      business_licence: { copy: true, sealed: true },
      uscc_certificate: { copy: true, sealed: true },
      introduction_letter: { original: true },
      hr_id_card: both,
    },
    contract: { startDate: '2026-01-01', endDate: '2026-12-31' },
    terminationRecord: { leaveDate: '2025-12-31' },
    permit: { validUntil: '2026-08-31' },
    hrSpecialistInPerson: true,
  };
}

describe('R-1 / R-2 checklists', () => {
  it('R-1 employer unchanged: online, no materials', () => {
    const c = materialsChecklist('employer_unchanged', policy);
    expect(c).toMatchObject({ ruleId: 'R-1', inPerson: false, items: [] });
    expect(c.where.zh).toContain('网上');
  });
  it('names the notice 积分通知单, as every other page does (issue 22)', () => {
    for (const path of ['employer_unchanged', 'employer_changed'] as const) {
      const text = JSON.stringify(materialsChecklist(path, policy));
      expect(text).not.toContain('通知书');
    }
    expect(materialsChecklist('employer_unchanged', policy).where.zh).toContain('积分通知单');
  });
  it('R-2 employer changed: M-1..M-4 with original/copy/seal, both languages', () => {
    const c = materialsChecklist('employer_changed', policy);
    expect(c.ruleId).toBe('R-2');
    expect(c.inPerson).toBe(true);
    expect(new Set(c.items.map((i) => i.ruleId))).toEqual(new Set(['M-1', 'M-2', 'M-3', 'M-4']));
    expect(c.items.filter((i) => i.sealOnCopy).map((i) => i.id)).toEqual(['business_licence', 'uscc_certificate']);
    for (const i of c.items) expect(i.name.zh && i.name.en && i.requirement.zh && i.requirement.en).toBeTruthy();
    expect(c.items.find((i) => i.id === 'labour_contract')?.requirement.en).toContain('12 months');
  });
});

describe('D-3 month spans with the month-end rule', () => {
  it.each([
    ['2026-01-01', '2026-12-31', 12, true],
    ['2026-01-01', '2026-12-30', 12, false],
    ['2024-02-29', '2025-02-27', 12, true], // + 12 months = 2025-02-28, minus one day
    ['2024-02-29', '2025-02-26', 12, false],
    ['2026-03-31', '2026-05-30', 2, true], // + 2 months = 2026-05-31
    ['2026-03-31', '2026-05-29', 2, false],
    ['2025-12-31', '2026-02-27', 2, true], // + 2 months = 2026-02-28
  ])('%s..%s lasts >= %i months: %s', (a, b, n, expected) => {
    expect(lastsAtLeastMonths(a, b, n)).toBe(expected);
  });
});

describe('M-1..M-5 validation', () => {
  it('a complete submission is accepted', () => {
    expect(validateMaterials(complete(), VISIT, policy)).toEqual({ outcome: 'accepted', problems: [] });
  });
  type Case = [string, (s: MaterialsSubmission) => void, string, string];
  it.each<Case>([
    ['missing ID card', (s) => delete s.items.holder_id_card, 'M-1', "Holder's ID card is missing"],
    [
      'permit expired before the visit',
      (s) => (s.permit = { validUntil: '2026-03-01' }),
      'M-1',
      'expired on 2026-03-01',
    ],
    [
      'contract only 11 months',
      (s) => (s.contract = { startDate: '2026-01-01', endDate: '2026-11-30' }),
      'M-2',
      'shorter than 12 months',
    ],
    [
      '1 month left on the visit day',
      (s) => (s.contract = { startDate: '2025-04-02', endDate: '2026-04-30' }),
      'M-2',
      'fewer than 2 months',
    ],
    [
      'contract ends before it starts',
      (s) => (s.contract = { startDate: '2026-05-01', endDate: '2026-01-01' }),
      'M-2',
      'ends (2026-01-01) before it starts',
    ],
    ['termination record without leave date', (s) => (s.terminationRecord = {}), 'M-2', 'leave date'],
    ['contract copy missing', (s) => (s.items.labour_contract = { original: true }), 'M-2', 'copy is missing'],
    [
      'licence copy without seal',
      (s) => (s.items.business_licence = { copy: true, sealed: false }),
      'M-5',
      "lacks the new employer's seal",
    ],
    ['HR specialist not in person', (s) => (s.hrSpecialistInPerson = false), 'M-4', 'in person'],
  ])('%s -> returned (退回), naming what is wrong', (_name, breakIt, ruleId, what) => {
    const s = complete();
    breakIt(s);
    const v = validateMaterials(s, VISIT, policy);
    expect(v.outcome).toBe('returned');
    expect(v.problems).toHaveLength(1);
    expect(v.problems[0]?.ruleId).toBe(ruleId);
    expect(v.problems[0]?.message.en).toContain(what);
    expect(v.problems[0]?.message.en).toContain('returned (退回)');
    expect(v.problems[0]?.message.zh).toContain('退回');
  });
  it('exactly 2 months left on the visit day is enough', () => {
    const s = complete();
    s.contract = { startDate: '2025-05-02', endDate: '2026-05-01' };
    expect(validateMaterials(s, VISIT, policy).outcome).toBe('accepted');
  });
});
