import { addWorkingDays, countWorkingDays, parseIsoDate } from '@jifen/domain';
import { msg } from '@jifen/messages';
import { usageError } from './args.ts';
import { bi } from './format.ts';
import type { CliCommand } from './types.ts';

export const workdaysAddCommand: CliCommand = {
  path: ['workdays', 'add'],
  usage: 'jifen workdays add <YYYY-MM-DD> <n>',
  summary: msg('cli.workdays.addSummary'),
  run(args, ctx) {
    const [date, count] = args.positional;
    if (!date || count === undefined) return usageError(msg('cli.workdays.addUsage'));
    const day = parseIsoDate(date);
    if (!day.ok) return day.error;
    if (!/^-?\d+$/.test(count)) return usageError(msg('cli.workdays.notAnInteger', { count }));
    const n = Number(count);
    const result = addWorkingDays(ctx.policySet.calendar, day.value, n);
    if (!result.ok) return result.error;
    return {
      json: { ruleId: 'D-2', from: day.value, workingDays: n, date: result.value },
      text: [`${bi(msg('cli.workdays.workingDaysAfter', { from: day.value, n }))} [D-2]: ${result.value}`],
    };
  },
};

export const workdaysCountCommand: CliCommand = {
  path: ['workdays', 'count'],
  usage: 'jifen workdays count <from> <to>',
  summary: msg('cli.workdays.countSummary'),
  run(args, ctx) {
    const [from, to] = args.positional;
    if (!from || !to) return usageError(msg('cli.workdays.countUsage'));
    const a = parseIsoDate(from);
    if (!a.ok) return a.error;
    const b = parseIsoDate(to);
    if (!b.ok) return b.error;
    const result = countWorkingDays(ctx.policySet.calendar, a.value, b.value);
    if (!result.ok) return result.error;
    return {
      json: { ruleId: 'D-1', from: a.value, to: b.value, interval: '(from, to]', workingDays: result.value },
      text: [`(${a.value}, ${b.value}] ${bi(msg('cli.workdays.workingDays'))} [D-1]: ${result.value}`],
    };
  },
};
