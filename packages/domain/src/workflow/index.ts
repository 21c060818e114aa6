export {
  ACTIONS,
  APPLICATION_KINDS,
  APPLICATION_STATES,
  FINAL_STATES,
  ROLES,
  type Action,
  type Application,
  type ApplicationKind,
  type ApplicationState,
  type CheckOutcome,
  type Command,
  type Decision,
  type Intent,
  type IntentType,
  type Recipient,
  type Role,
  type TemplateParam,
  type TemplateParams,
} from './types.ts';
export {
  TRANSITIONS,
  allowedActions,
  canTransition,
  findTransition,
  isFinalState,
  type Transition,
} from './transitions.ts';
export { routeSubmission, type Route, type RouteName, type RoutingInput } from './routing.ts';
export { decide, routingCommand, type DecisionContext } from './decide.ts';
export { dueDateText } from './intents.ts';
export { visitCommand } from './visit.ts';
export { slaStatus, type SlaOptions, type SlaState, type SlaStatus } from './sla.ts';
export {
  IN_APP_TEMPLATES,
  SMS_TEMPLATES,
  renderTemplate,
  withoutTrailingStop,
  type InAppTemplateId,
  type MessageTemplate,
  type SmsTemplateId,
} from './templates.ts';
export { APPLICATION_ACTION_LABELS, APPLICATION_ROLE_LABELS, APPLICATION_STATE_LABELS } from './errors.ts';
export { nextStep, type NextStep, type NextStepFacts } from './next-step.ts';
export { APPLICATION_NUMBER_PATTERN, formatApplicationNumber } from './number.ts';
