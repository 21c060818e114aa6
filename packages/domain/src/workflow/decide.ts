import type { WorkingCalendar } from '../calendar/index.ts';
import type { PolicyParams } from '../policy/schema.ts';
import { err, ok, type IsoDate, type Result } from '../result.ts';
import {
  checksRequired,
  finalStateError,
  forbiddenRole,
  reasonRequired,
  routeMismatch,
  transitionNotAllowed,
} from './errors.ts';
import { intentsFor } from './intents.ts';
import { routeSubmission, type Route } from './routing.ts';
import { findTransition, isFinalState } from './transitions.ts';
import type { Action, Application, CheckOutcome, Command, Decision } from './types.ts';

export interface DecisionContext {
  /** ISO date-time of the decision, for the audit record; the caller's clock. */
  now: string;
  /** The Asia/Shanghai civil date of `now`; the SLA counts from it. */
  today: IsoDate;
  calendar: WorkingCalendar;
  /** Only what the workflow reads, so callers and tests need not build a whole policy. */
  policy: { workflow: Pick<PolicyParams['workflow'], 'reviewWorkingDays'> };
}

const ROUTING_ACTIONS: readonly Action[] = ['auto_approve', 'route_to_visit', 'route_to_review'];

/**
 * One step of the workflow: the next state and the intents it causes
 * (ARCHITECTURE principle 3). Nothing happens here; the service stores the
 * state and the intents in one transaction and a worker delivers them.
 *
 * The checks run in a fixed order so that the error a user sees is the most
 * useful one: a final application says so before anything else; a move that
 * does not exist from this state is reported before asking who may make it.
 */
export function decide(application: Application, command: Command, ctx: DecisionContext): Result<Decision> {
  const move = { state: application.state, action: command.action, role: command.role };

  if (isFinalState(application.state)) return err(finalStateError(move));

  const row = findTransition(application.state, command.action);
  if (!row) return err(transitionNotAllowed(move));
  if (!row.roles.includes(command.role)) return err(forbiddenRole(move, row.roles, row.ruleId));
  if (row.reasonRequired && !command.reason?.trim()) return err(reasonRequired(move, row.ruleId));

  // The system may not pick a quicker path than R-1 allows: the route is
  // recomputed from the same facts and must match the action it asked for.
  let route: Route | undefined;
  if (ROUTING_ACTIONS.includes(command.action)) {
    if (!command.checks) return err(checksRequired(move));
    route = routeSubmission({
      kind: application.kind,
      employerChanged: application.employerChanged,
      dataChanged: application.dataChanged,
      checks: command.checks,
    });
    if (route.action !== command.action) return err(routeMismatch(move, route.action));
  }

  const intents = intentsFor({
    row,
    app: application,
    cmd: command,
    ctx: {
      now: ctx.now,
      today: ctx.today,
      calendar: ctx.calendar,
      reviewWorkingDays: ctx.policy.workflow.reviewWorkingDays,
    },
    ...(route ? { route } : {}),
  });
  if (!intents.ok) return intents;
  return ok({ next: row.to, intents: intents.value });
}

/**
 * The routing command the system issues after the automatic checks of a
 * submitted application: `decide(app, routingCommand(app, checks, id), ctx)`.
 */
export function routingCommand(application: Application, checks: readonly CheckOutcome[], actorId: string): Command {
  const route = routeSubmission({
    kind: application.kind,
    employerChanged: application.employerChanged,
    dataChanged: application.dataChanged,
    checks,
  });
  return { action: route.action, role: 'system', actorId, checks };
}
