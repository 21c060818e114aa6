import { msg } from '@jifen/messages/domain';
import { addDays, diffDays, maxDate } from '../dates/index.ts';
import type { Policy } from '../policy/index.ts';
import type { ReminderRule } from '../policy/params/reminders.ts';
import type { IsoDate, LocalizedText, RuleId } from '../result.ts';
import { benefitsOn } from './benefits.ts';
import {
  endorsedPast,
  lifecycleOn,
  permitLapsesOn,
  pointsStateFor,
  stateForOffset,
  type LifecycleState,
} from './lifecycle.ts';

/**
 * Issue 17 (problem 6): a reminder is rendered on the day it is sent, from
 * that day's state, never from its due day. A sweep that catches up missed
 * days sends a reminder only while what it says is still true: the state
 * the reminder belongs to (the state of its due day) still applies on the
 * sending day. Otherwise it is skipped, and the skip is recorded with why.
 */
export type ReminderOnDay =
  | { send: true; state: LifecycleState; title: LocalizedText; text: LocalizedText }
  | { send: false; state: LifecycleState; reason: LocalizedText };

const RULE_OF_STATE: Record<LifecycleState, RuleId> = {
  valid: 'L-1',
  renewal_window: 'L-2',
  grace: 'L-3',
  points_cleared: 'L-4',
  permit_lapsed: 'L-5',
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** "还剩3天" / "3 days left" up to the state's own deadline on `day`; "今天是最后一天" on the deadline itself. */
function timeLeft(expiry: IsoDate, day: IsoDate, policy: Policy): LocalizedText {
  const status = lifecycleOn({ expiry }, day, policy);
  const left = status.ok ? status.value.daysLeft : null;
  if (left === null) return msg('lifecycle.reminder.noDeadlineLeft');
  if (left <= 0) return msg('lifecycle.reminder.lastDay');
  return left === 1 ? msg('lifecycle.reminder.oneDayLeft', { left }) : msg('lifecycle.reminder.daysLeft', { left });
}

/**
 * The title and text of `rule` for a cycle expiring on `expiry`, as sent on
 * `sendOn`. Texts may use the cycle's dates ({expiry}, {windowOpensOn},
 * {suspendedFrom}, {lastRenewalDay}, {clearedOn}, {lapsesOn}, {dueOn}, the
 * L-6 {benefits}) and the sending day's {today} and {left}.
 */
export function renderReminderOn(
  rule: ReminderRule,
  expiry: IsoDate,
  sendOn: IsoDate,
  policy: Policy,
): RenderedReminder {
  // The sweep renders thousands of reminders a day, and all those of one rule
  // share their expiry and sending day: the same words, rendered once (issue 20).
  let byRule = rendered.get(policy);
  if (!byRule) rendered.set(policy, (byRule = new WeakMap()));
  let byDays = byRule.get(rule);
  if (!byDays) byRule.set(rule, (byDays = new Map()));
  const key = `${expiry}|${sendOn}`;
  const known = byDays.get(key);
  if (known) return known;
  if (byDays.size >= RENDERED_PER_RULE) byDays.clear();
  const fresh = renderUncached(rule, expiry, sendOn, policy);
  byDays.set(key, fresh);
  return fresh;
}

type RenderedReminder = Readonly<{ title: Readonly<LocalizedText>; text: Readonly<LocalizedText> }>;

/** Rendered texts by policy version, rule and (expiry, sending day); a pure function's answers, frozen. */
const rendered = new WeakMap<Policy, WeakMap<ReminderRule, Map<string, RenderedReminder>>>();
const RENDERED_PER_RULE = 4_096;

function renderUncached(rule: ReminderRule, expiry: IsoDate, sendOn: IsoDate, policy: Policy): RenderedReminder {
  const l = policy.params.lifecycle;
  const benefits = benefitsOn('grace', expiry, policy).items;
  const left = timeLeft(expiry, sendOn, policy);
  const dueOn = addDays(expiry, reminderOffset(rule, policy));
  const common = {
    expiry,
    windowOpensOn: addDays(expiry, -l.renewalWindowDays),
    suspendedFrom: addDays(expiry, 1),
    lastRenewalDay: addDays(expiry, l.graceDays),
    clearedOn: addDays(expiry, l.pointsClearedAfterDays + 1),
    lapsesOn: permitLapsesOn(expiry, l),
    dueOn,
    today: sendOn,
  };
  const zh = { ...common, left: left.zh, benefits: benefits.map((b) => b.label.zh).join('、') };
  const en = { ...common, left: left.en, benefits: benefits.map((b) => b.label.en).join('; ') };
  return Object.freeze({
    title: Object.freeze({ zh: fill(rule.title.zh, zh), en: fill(rule.title.en, en) }),
    text: Object.freeze({ zh: fill(rule.text.zh, zh), en: fill(rule.text.en, en) }),
  });
}

/** Days from the expiry V to the day `rule` is due (its anchor plus its offset). */
export function reminderOffset(rule: ReminderRule, policy: Policy): number {
  const l = policy.params.lifecycle;
  const anchor = {
    window_opens: -l.renewalWindowDays,
    expiry: 0,
    points_cleared: l.pointsClearedAfterDays + 1,
    permit_lapsed: l.permitReapplyAfterDays + 1,
  }[rule.anchor];
  return anchor + rule.offsetDays;
}

const STATE_NAMES: Record<LifecycleState, LocalizedText> = {
  valid: msg('lifecycle.reminder.stateName.valid'),
  renewal_window: msg('lifecycle.reminder.stateName.renewalWindow'),
  grace: msg('lifecycle.reminder.stateName.grace'),
  points_cleared: msg('lifecycle.reminder.stateName.pointsCleared'),
  permit_lapsed: msg('lifecycle.reminder.stateName.permitLapsed'),
};

/**
 * A reminder of kind `kind` due on `dueOn` for the cycle expiring on
 * `expiry`, decided on `sendOn` (the day the sweep actually runs): sent
 * with that day's text, or skipped because its state no longer applies
 * (e.g. "7 days left" once the permit has expired). The rule is looked up
 * in `policy` (the version in force on `sendOn`); a version without it sends nothing.
 */
export function reminderOnDay(
  reminder: { kind: ReminderRule['kind']; dueOn: IsoDate; expiresOn: IsoDate },
  sendOn: IsoDate,
  policy: Policy,
): ReminderOnDay {
  const lc = policy.params.lifecycle;
  const state = stateForOffset(diffDays(sendOn, reminder.expiresOn), lc);
  const rule = (policy.params.lifecycle.reminders ?? []).find((r) => r.kind === reminder.kind);
  if (!rule) {
    return {
      send: false,
      state,
      reason: msg('lifecycle.reminder.notInPolicy', { policyId: policy.id }),
    };
  }
  const dueState = stateForOffset(diffDays(reminder.dueOn, reminder.expiresOn), lc);
  if (sendOn < reminder.dueOn) {
    return {
      send: false,
      state,
      reason: msg('lifecycle.reminder.notDueYet', { dueOn: reminder.dueOn }),
    };
  }
  if (state !== dueState) {
    return {
      send: false,
      state,
      reason: msg('lifecycle.reminder.noLongerTrue', {
        sendOn,
        dueState: STATE_NAMES[dueState],
        state: STATE_NAMES[state],
        ruleId: RULE_OF_STATE[state],
      }),
    };
  }
  return { send: true, state, ...renderReminderOn(rule, reminder.expiresOn, sendOn, policy) };
}

/** Where a state begins for a cycle valid from `validFrom` until `expiry` (never before the cycle itself began). */
function stateStartsOn(state: LifecycleState, validFrom: IsoDate, expiry: IsoDate, policy: Policy): IsoDate {
  const l = policy.params.lifecycle;
  const start: Record<LifecycleState, IsoDate> = {
    valid: validFrom,
    renewal_window: addDays(expiry, -l.renewalWindowDays),
    grace: addDays(expiry, 1),
    points_cleared: addDays(expiry, l.pointsClearedAfterDays + 1),
    permit_lapsed: permitLapsesOn(expiry, l),
  };
  return maxDate(start[state], validFrom);
}

/** The state that applies to a points cycle on `day`, since when, and its rule (the points record shows it even with no change recorded). */
export function cycleStateOn(
  cycle: { validFrom: IsoDate; expiresOn: IsoDate; endorsedTo?: IsoDate | null },
  day: IsoDate,
  policy: Policy,
): { state: LifecycleState; since: IsoDate; ruleId: RuleId } {
  const l = policy.params.lifecycle;
  const state = pointsStateFor(
    stateForOffset(diffDays(day, cycle.expiresOn), l),
    cycle.endorsedTo,
    cycle.expiresOn,
    day,
    l,
  );
  // Endorsed past the cycle, the permit lapses with the endorsed period (L-5).
  const since =
    state === 'permit_lapsed' && endorsedPast(cycle.expiresOn, cycle.endorsedTo)
      ? permitLapsesOn(cycle.endorsedTo, l)
      : stateStartsOn(state, cycle.validFrom, cycle.expiresOn, policy);
  return { state, since, ruleId: RULE_OF_STATE[state] };
}
