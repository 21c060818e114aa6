import { lifecycleOn, parseIsoDate, permitSyncDate } from '@jifen/domain';
import { msg } from '@jifen/messages';
import { flagValue, usageError } from './args.ts';
import { bi } from './format.ts';
import { asOfAndPolicy } from './policy-choice.ts';
import type { CliCommand } from './types.ts';

export const lifecycleCommand: CliCommand = {
  path: ['lifecycle'],
  usage: 'jifen lifecycle --expiry <YYYY-MM-DD> [--as-of <YYYY-MM-DD>] [--policy <id>] [--endorsed <YYYY-MM-DD>]',
  summary: msg('cli.lifecycle.summary'),
  valueFlags: ['expiry', 'as-of', 'policy', 'endorsed'],
  run(args, ctx) {
    const expiry = flagValue(args, 'expiry');
    if (!expiry) return usageError(msg('cli.lifecycle.missingExpiry'));
    const chosen = asOfAndPolicy(args, ctx);
    if ('code' in chosen) return chosen;
    const status = lifecycleOn({ expiry }, chosen.asOf, chosen.policy);
    if (!status.ok) return status.error;
    const s = status.value;

    let sync = null;
    const endorsed = flagValue(args, 'endorsed');
    if (endorsed) {
      const day = parseIsoDate(endorsed);
      if (!day.ok) return day.error;
      const advice = permitSyncDate(ctx.policySet.calendar, day.value, chosen.policy);
      if (!advice.ok) return advice.error;
      sync = advice.value;
    }

    const text = [
      `居住证积分状态 Points status [L-8]  政策 Policy ${s.policy.id} (${s.policy.hash.slice(0, 12)})`,
      `到期日 Expiry ${s.expiry}   查询日 As of ${s.asOf}   n = ${s.n}`,
      `状态 State: ${bi(s.stateLabel)}`,
      s.nextDeadline
        ? `下一期限 Next deadline [${s.nextDeadline.ruleId}]: ${bi(s.nextDeadline.label)}  剩余 ${s.daysLeft} 天 / ${s.daysLeft} days left`
        : '下一期限 Next deadline: 无 / none',
      `持有年限 Holding years [${s.holdingYearsRestart.ruleId}]: ${s.holdingYearsRestart.restart ? '重新计算 / restart' : '连续 / continuous'} (${bi(s.holdingYearsRestart.reason)})`,
      `待遇 Benefits [L-6]: ${s.benefits.suspended ? `自 ${s.benefits.from} 起暂停 / suspended from ${s.benefits.from}` : `未暂停；若逾期，自 ${s.benefits.from} 起暂停 / not suspended; from ${s.benefits.from} if not renewed`}`,
      ...s.benefits.items.map((i) => `  - ${bi(i.label)}`),
      `  恢复 Restored by: ${bi(s.benefits.restoredBy)}`,
      '时间线 Timeline:',
      ...s.timeline.map((t) => `  ${t.date}  [${t.ruleId}]  ${bi(t.label)}`),
    ];
    if (sync) text.push(`签注同步 Sync [L-7]: ${bi(sync.advice)}`);
    return { json: { ...s, permitSync: sync }, text };
  },
};
