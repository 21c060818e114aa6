import { residentIdCheckChar } from '@jifen/domain';
import { describe, expect, it } from 'vitest';
import { maskIdNumbersInOptionalText, maskIdNumbersInText } from './free-text.ts';

const validId = (first17: string) => `${first17}${residentIdCheckChar(first17)}`;

describe('maskIdNumbersInText (PI-1 in free text, I-1, I-3)', () => {
  const id = validId('31011519900307123');

  it('masks a resident ID that passes the I-1 check, in any surrounding text', () => {
    expect(maskIdNumbersInText(`我的身份证号是${id}，请核对`)).toBe(
      '我的身份证号是3101**********123' + id.slice(-1) + '，请核对',
    );
    expect(maskIdNumbersInText(`id:${id.toLowerCase()}.`)).toBe(`id:3101**********${id.slice(-4).toUpperCase()}.`);
  });

  it('leaves 18-character runs that fail I-1 (wrong check character, impossible birth date, address code 0)', () => {
    const wrongCheck = `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}`;
    for (const s of [
      wrongCheck,
      validId('31011519901307123').slice(0, 17) + '1',
      '012345678901234567',
      'ORDER123456789012345678',
    ]) {
      expect(maskIdNumbersInText(`no ${s} here`)).toBe(`no ${s} here`);
    }
  });

  it('masks 11-digit mobiles written plainly, with +86, or grouped', () => {
    expect(maskIdNumbersInText('请回电13812345678谢谢')).toBe('请回电138****5678谢谢');
    expect(maskIdNumbersInText('call +86 138-1234-5678 or 86 13912345678')).toBe('call 138****5678 or 139****5678');
    expect(maskIdNumbersInText('phone 138 1234 5678.')).toBe('phone 138****5678.');
  });

  it('leaves other numbers: 12-digit runs, amounts, an ID masked already', () => {
    const text = '单号 138123456789，金额 12000.00，3101**********1239，电话 138****5678';
    expect(maskIdNumbersInText(text)).toBe(text);
  });

  it('masks both in one text and passes absent text through', () => {
    expect(maskIdNumbersInText(`${id} / 13812345678`)).toBe(`3101**********${id.slice(-4)} / 138****5678`);
    expect(maskIdNumbersInOptionalText(null)).toBeNull();
    expect(maskIdNumbersInOptionalText(undefined)).toBeUndefined();
  });
});
