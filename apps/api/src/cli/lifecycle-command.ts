import { lifecycleOn, parseIsoDate, permitSyncDate } from '@jifen/domain';
import { msg } from '@jifen/messages';
import { flagValue, usageError } from './args.ts';
import { bi, label } from './format.ts';
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

    const nextDeadline = label(msg('cli.lifecycle.nextDeadline'));
    const { restart } = s.holdingYearsRestart;
    const { from } = s.benefits;
    const text = [
      `${label(msg('cli.lifecycle.pointsStatus'))} [L-8]  ${label(msg('cli.lifecycle.policy'))} ${s.policy.id} (${s.policy.hash.slice(0, 12)})`,
      `${label(msg('cli.lifecycle.expiry'))} ${s.expiry}   ${label(msg('cli.lifecycle.asOf'))} ${s.asOf}   n = ${s.n}`,
      `${label(msg('cli.lifecycle.state'))}: ${bi(s.stateLabel)}`,
      s.nextDeadline
        ? `${nextDeadline} [${s.nextDeadline.ruleId}]: ${bi(s.nextDeadline.label)}  ${bi(msg('cli.lifecycle.daysLeft', { days: String(s.daysLeft) }))}`
        : `${nextDeadline}: ${bi(msg('cli.lifecycle.none'))}`,
      `${label(msg('cli.lifecycle.holdingYears'))} [${s.holdingYearsRestart.ruleId}]: ${bi(restart ? msg('cli.lifecycle.restart') : msg('cli.lifecycle.continuous'))} (${bi(s.holdingYearsRestart.reason)})`,
      `${label(msg('cli.lifecycle.benefits'))} [L-6]: ${bi(s.benefits.suspended ? msg('cli.lifecycle.suspendedFrom', { from }) : msg('cli.lifecycle.suspendedIfLate', { from }))}`,
      ...s.benefits.items.map((i) => `  - ${bi(i.label)}`),
      `  ${label(msg('cli.lifecycle.restoredBy'))}: ${bi(s.benefits.restoredBy)}`,
      `${label(msg('cli.lifecycle.timeline'))}:`,
      ...s.timeline.map((t) => `  ${t.date}  [${t.ruleId}]  ${bi(t.label)}`),
    ];
    if (sync) text.push(`${label(msg('cli.lifecycle.sync'))} [L-7]: ${bi(sync.advice)}`);
    return { json: { ...s, permitSync: sync }, text };
  },
};
