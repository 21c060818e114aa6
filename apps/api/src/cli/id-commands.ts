import { maskResidentId, parseCreditCode, parseIsoDate, parseResidentId } from '@jifen/domain';
import { msg } from '@jifen/messages';
import { flagValue, usageError } from './args.ts';
import type { CliCommand } from './types.ts';

const SEX = { male: '男 / male', female: '女 / female' } as const;

export const residentIdCommand: CliCommand = {
  path: ['id'],
  usage: 'jifen id <resident-id> [--as-of <YYYY-MM-DD>]',
  summary: msg('cli.id.residentIdSummary'),
  valueFlags: ['as-of'],
  run(args, ctx) {
    const [id] = args.positional;
    if (!id) return usageError(msg('cli.id.missingResidentId'));
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
  summary: msg('cli.id.creditCodeSummary'),
  run(args) {
    const [code] = args.positional;
    if (!code) return usageError(msg('cli.id.missingCreditCode'));
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
