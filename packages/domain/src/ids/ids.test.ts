import fc from 'fast-check';
import isIdentityCard from 'validator/lib/isIdentityCard.js';
import { describe, expect, it } from 'vitest';
import { maskResidentId, parseCreditCode, parseMobile, parseResidentId, residentIdCheckChar } from './index.ts';

describe('parseResidentId (I-1, GB 11643)', () => {
  it.each([
    ['120223198902021249', '1989-02-02', 'female'],
    ['130132199210293822', '1992-10-29', 'female'],
    ['11010519491231002X', '1949-12-31', 'female'],
    ['11010519491231002x', '1949-12-31', 'female'],
    ['440308199901010012', '1999-01-01', 'male'],
  ])('%s is valid, born %s, %s', (id, birthDate, sex) => {
    const r = parseResidentId(id, '2026-03-01');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toMatchObject({ birthDate, sex, value: id.toUpperCase() });
  });

  it.each([
    ['12022319890202124', 'ID.LENGTH', '17'],
    ['1202231989020212490', 'ID.LENGTH', '19'],
    ['12022319890202124A', 'ID.CHARS', '17'],
    ['12022319X902021249', 'ID.CHARS', 'X'],
    ['020223198902021249', 'ID.REGION', '6'],
    ['120223198902301249', 'ID.BIRTH_DATE', '19890230'],
    ['120223180002021249', 'ID.BIRTH_DATE', '18000202'],
    ['120223203002021249', 'ID.BIRTH_DATE', '20300202'],
    ['120223198902021248', 'ID.CHECKSUM', '9'],
  ])('%s -> %s naming %s', (id, code, named) => {
    const r = parseResidentId(id, '2026-03-01');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.ruleId).toBe('I-1');
      expect(r.error.message.en).toContain(named);
      expect(r.error.message.zh).toContain('身份证');
    }
  });

  it('agrees with validator.isIdentityCard(zh-CN) on random 18-character numbers', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 17, maxLength: 17 });
    fc.assert(
      fc.property(
        digits,
        fc.integer({ min: 1950, max: 2020 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.boolean(),
        (d, y, m, day, correct) => {
          const first17 = `110105${y}${String(m).padStart(2, '0')}${String(day).padStart(2, '0')}${d.slice(0, 3)}`;
          const check = residentIdCheckChar(first17);
          const last = correct ? check : check === '0' ? '1' : '0';
          const id = first17 + last;
          expect(parseResidentId(id, '2026-03-01').ok).toBe(isIdentityCard(id, 'zh-CN'));
        },
      ),
    );
  });
});

describe('maskResidentId (PI-1)', () => {
  it.each([
    ['31010119900101123X', '3101**********123X'],
    ['120223198902021249', '1202**********1249'],
    ['1234', '****'],
  ])('%s -> %s', (id, masked) => {
    expect(maskResidentId(id)).toBe(masked);
  });
});

describe('parseCreditCode (I-2, GB 32100)', () => {
  it.each([
    ['91110000101623741K', '9', '1', '110000'],
    ['911101066976941872', '9', '1', '110106'],
  ])('%s: authority %s, category %s, region %s', (code, authority, category, regionCode) => {
    const r = parseCreditCode(code.toLowerCase());
    expect(r.ok && r.value).toMatchObject({ authority, category, regionCode, value: code });
  });

  it.each([
    ['91110000101623741', 'USCC.LENGTH', '17'],
    ['91110000101623741I', 'USCC.CHARS', 'position 18'],
    ['91AB0000101623741K', 'USCC.REGION', '3-8'],
    ['91110000101623741A', 'USCC.CHECKSUM', 'should be K'],
  ])('%s -> %s with the manual-verification path', (code, errCode, named) => {
    const r = parseCreditCode(code);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(errCode);
      expect(r.error.message.en).toContain(named);
      expect(r.error.message.en).toContain('manual verification');
      expect(r.error.message.zh).toContain('人工核验');
      expect(r.error.details).toMatchObject({ manualVerification: true });
    }
  });
});

describe('parseMobile (I-3)', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+86 138-1234-5678', '13812345678'],
    ['8613812345678', '13812345678'],
  ])('%s -> %s', (input, out) => {
    const r = parseMobile(input);
    expect(r.ok && r.value).toBe(out);
  });

  it.each(['1381234567', '23812345678', '138123456789', '021-12345678'])('%s is refused', (input) => {
    const r = parseMobile(input);
    expect(!r.ok && r.error.code).toBe('MOBILE.INVALID');
  });
});
