import { residentIdCheckChar } from '@jifen/domain';
import { describe, expect, it } from 'vitest';
import { maskIdNumbersInText } from './free-text.ts';
import { scrubText } from './redact.ts';

/**
 * Issue 18 item 8: PI-1 masking missed 8 of 10 spellings of the same
 * numbers. Every spelling below must come out masked (no run of the digits
 * left to read), and the text around it unchanged.
 */
const first17 = '31011519900307123';
const id = `${first17}${residentIdCheckChar(first17)}`;
const idX = (() => {
  for (let n = 100; n < 999; n++) {
    const f = `31011519900307${n}`;
    if (residentIdCheckChar(f) === 'X') return `${f}X`;
  }
  throw new Error('no X');
})();
const mobile = '13812345678';
const id15 = '310115900307123'; // a first-generation ID: 6-digit address, YYMMDD, 3-digit sequence
const fullWidth = (s: string) => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const CN = '〇一二三四五六七八九';
const chinese = (s: string) => s.replace(/\d/g, (d) => CN[Number(d)]!);
const CAPITAL = '零壹贰叁肆伍陆柒捌玖';
const capital = (s: string) => s.replace(/\d/g, (d) => CAPITAL[Number(d)]!);

const SPELLINGS: [string, string][] = [
  ['plain ID', `身份证${id}请核对`],
  ['plain mobile', `电话${mobile}谢谢`],
  ['full-width ID', `身份证${fullWidth(id)}`],
  ['full-width mobile', `电话：${fullWidth(mobile)}`],
  ['spaced mobile', `电话 1 3 8 1 2 3 4 5 6 7 8 谢谢`],
  ['spaced ID (4-4-4-4-2)', `ID ${id.replace(/(.{4})/g, '$1 ')}`],
  ['dotted mobile', `tel 138.1234.5678.`],
  ['dotted ID', `${id.slice(0, 6)}.${id.slice(6, 14)}.${id.slice(14)}`],
  ['zero-width inside the mobile', `电话138\u200b1234\u200d5678`],
  ['zero-width inside the ID', `${id.slice(0, 9)}\u2060${id.slice(9)}\ufeff`],
  ['letters glued on the mobile', `tel${mobile}abc`],
  ['letters glued on the ID', `ID${id}x号`],
  ['ID ending in X, letters after', `sfz${idX.toLowerCase()}abc`],
  ['15-digit ID', `老身份证号${id15}。`],
  ['Chinese numerals mobile', `手机${chinese(mobile)}`],
  ['capital Chinese numerals mobile', `手机${capital(mobile)}`],
  ['Chinese numerals ID', `身份证${chinese(first17)}${residentIdCheckChar(first17)}`],
  ['+86 with separators', `call +86 (138) 1234-5678`],
  [
    'mixed: full-width digits with spaces and a zero-width space',
    `${fullWidth('138')} \u200b${fullWidth('1234')} ${fullWidth('5678')}`,
  ],
];

/** Every digit of the original still readable in a row would leak it: at most 4 digits in a row may remain of each number. */
const digitsOf = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/[〇零]/g, '0')
    .replace(/[一壹]/g, '1')
    .replace(/[二贰]/g, '2')
    .replace(/[三叁]/g, '3')
    .replace(/[四肆]/g, '4')
    .replace(/[五伍]/g, '5')
    .replace(/[六陆]/g, '6')
    .replace(/[七柒]/g, '7')
    .replace(/[八捌]/g, '8')
    .replace(/[九玖]/g, '9')
    .replace(/[^0-9*]/g, '');

describe('PI-1 masking catches every spelling (issue 18 item 8)', () => {
  it.each(SPELLINGS)('%s', (_label, text) => {
    const masked = maskIdNumbersInText(text);
    expect(masked).toContain('****');
    const left = digitsOf(masked);
    for (const secret of [id, idX, mobile, id15].map((s) => s.replace(/X/, ''))) {
      // The middle of every number (its birth date, its subscriber digits) is gone.
      expect(left, masked).not.toContain(secret.slice(4, -4));
    }
  });

  it('keeps the text around a number as typed (full-width punctuation, Chinese) and masks on it', () => {
    expect(maskIdNumbersInText(`电话：${fullWidth(mobile)}，谢谢！`)).toBe('电话：138****5678，谢谢！');
    expect(maskIdNumbersInText('电话138\u200b1234\u200d5678。')).toBe('电话138****5678。');
    expect(maskIdNumbersInText(`call +86 (138) 1234-5678 now`)).toBe('call 138****5678 now');
  });

  it('leaves what is not a number of a person: dates, amounts, order numbers, ordinary Chinese', () => {
    for (const text of [
      '2026-12-06 10:30 提交，金额 12,000.00 元',
      '单号 138123456789 已处理',
      '一二三四五六七八九十，百千万',
      '第一三八条 and 1990-03-07 13:45:12',
      '社保缴纳 120 个月，基数 13000',
    ]) {
      expect(maskIdNumbersInText(text)).toBe(text);
    }
  });

  it('log lines are scrubbed of the same spellings', () => {
    for (const [, text] of SPELLINGS) expect(scrubText(text), text).toContain('****');
  });
});
