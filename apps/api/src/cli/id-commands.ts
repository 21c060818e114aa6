import { maskResidentId, parseCreditCode, parseIsoDate, parseResidentId } from '@jifen/domain';
import { msg } from '@jifen/messages';
import { flagValue, usageError } from './args.ts';
import { bi, label } from './format.ts';
import type { CliCommand } from './types.ts';

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
        `${bi(msg('cli.id.residentIdValid'))} [I-1]: ${masked}`,
        `${label(msg('cli.id.birthDate'))}: ${r.value.birthDate}`,
        `${label(msg('cli.id.sex'))}: ${bi(r.value.sex === 'male' ? msg('cli.id.male') : msg('cli.id.female'))}`,
        `${label(msg('cli.id.regionCode'))}: ${r.value.regionCode}`,
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
        `${bi(msg('cli.id.creditCodeValid'))} [I-2]: ${r.value.value}`,
        [
          `${label(msg('cli.id.authority'))}: ${r.value.authority}`,
          `${label(msg('cli.id.category'))}: ${r.value.category}`,
          `${label(msg('cli.id.region'))}: ${r.value.regionCode}`,
        ].join('  '),
      ],
    };
  },
};
