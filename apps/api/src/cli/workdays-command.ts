import { addWorkingDays, countWorkingDays, parseIsoDate } from '@jifen/domain';
import { usageError } from './args.ts';
import type { CliCommand } from './types.ts';

export const workdaysAddCommand: CliCommand = {
  path: ['workdays', 'add'],
  usage: 'jifen workdays add <YYYY-MM-DD> <n>',
  summary: {
    zh: 'X 之后第 n 个工作日（自次一工作日起算，D-2）',
    en: 'The date n working days after X, counted from the next working day (D-2)',
  },
  run(args, ctx) {
    const [date, count] = args.positional;
    if (!date || count === undefined)
      return usageError('用法：workdays add <日期> <n>', 'usage: workdays add <date> <n>');
    const day = parseIsoDate(date);
    if (!day.ok) return day.error;
    if (!/^-?\d+$/.test(count))
      return usageError(`工作日数“${count}”应为整数`, `working-day count "${count}" must be an integer`);
    const n = Number(count);
    const result = addWorkingDays(ctx.policySet.calendar, day.value, n);
    if (!result.ok) return result.error;
    return {
      json: { ruleId: 'D-2', from: day.value, workingDays: n, date: result.value },
      text: [`${day.value} 之后第 ${n} 个工作日 / ${n} working days after ${day.value} [D-2]: ${result.value}`],
    };
  },
};

export const workdaysCountCommand: CliCommand = {
  path: ['workdays', 'count'],
  usage: 'jifen workdays count <from> <to>',
  summary: {
    zh: '区间 (from, to] 内的工作日数（不含起日，含止日）',
    en: 'Working days in (from, to]: from excluded, to included',
  },
  run(args, ctx) {
    const [from, to] = args.positional;
    if (!from || !to) return usageError('用法：workdays count <起日> <止日>', 'usage: workdays count <from> <to>');
    const a = parseIsoDate(from);
    if (!a.ok) return a.error;
    const b = parseIsoDate(to);
    if (!b.ok) return b.error;
    const result = countWorkingDays(ctx.policySet.calendar, a.value, b.value);
    if (!result.ok) return result.error;
    return {
      json: { ruleId: 'D-1', from: a.value, to: b.value, interval: '(from, to]', workingDays: result.value },
      text: [`(${a.value}, ${b.value}] 工作日 / working days [D-1]: ${result.value}`],
    };
  },
};
