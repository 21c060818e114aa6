import { maskResidentId, parseCreditCode, parseIsoDate, parseResidentId } from '@jifen/domain';
import { flagValue, usageError } from './args.ts';
import type { CliCommand } from './types.ts';

const SEX = { male: '男 / male', female: '女 / female' } as const;

export const residentIdCommand: CliCommand = {
  path: ['id'],
  usage: 'jifen id <resident-id> [--as-of <YYYY-MM-DD>]',
  summary: {
    zh: '校验公民身份号码，读出出生日期与性别（I-1）；输出脱敏（PI-1）',
    en: 'Check a resident ID, read birth date and sex (I-1); output masked (PI-1)',
  },
  valueFlags: ['as-of'],
  run(args, ctx) {
    const [id] = args.positional;
    if (!id) return usageError('缺少身份证号码', 'missing the resident ID number');
    const asOf = parseIsoDate(flagValue(args, 'as-of') ?? ctx.today());
    if (!asOf.ok) return asOf.error;
    const r = parseResidentId(id, asOf.value);
    if (!r.ok) return r.error;
    const masked = maskResidentId(r.value.value);
    return {
      json: {
        ruleId: 'I-1',
        valid: true,
        masked,
        regionCode: r.value.regionCode,
        birthDate: r.value.birthDate,
        sex: r.value.sex,
      },
      text: [
        `身份证号码有效 / Resident ID valid [I-1]: ${masked}`,
        `出生日期 Birth date: ${r.value.birthDate}`,
        `性别 Sex: ${SEX[r.value.sex]}`,
        `地址码 Region code: ${r.value.regionCode}`,
      ],
    };
  },
};

export const creditCodeCommand: CliCommand = {
  path: ['uscc'],
  usage: 'jifen uscc <unified-social-credit-code>',
  summary: { zh: '校验统一社会信用代码（I-2）', en: 'Check a unified social credit code (I-2)' },
  run(args) {
    const [code] = args.positional;
    if (!code) return usageError('缺少统一社会信用代码', 'missing the unified social credit code');
    const r = parseCreditCode(code);
    if (!r.ok) return r.error;
    return {
      json: { ruleId: 'I-2', valid: true, ...r.value },
      text: [
        `统一社会信用代码有效 / Credit code valid [I-2]: ${r.value.value}`,
        `登记管理部门 Authority: ${r.value.authority}  机构类别 Category: ${r.value.category}  行政区划 Region: ${r.value.regionCode}`,
      ],
    };
  },
};
