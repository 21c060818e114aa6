export { param, sourceNote, valuesOf, type Values } from './param.ts';
export { policyVersionSchema, type PolicyParams, type PolicyVersionDoc, type PolicyVersionInput } from './schema.ts';
export {
  getPolicy,
  hashPolicyParams,
  loadPolicySet,
  selectPolicy,
  type Policy,
  type PolicySet,
  type RawPolicySet,
} from './policy-set.ts';
export {
  averageMonthlyWage,
  buildWageTable,
  wageTableSchema,
  wageYearMissing,
  type WageTable,
  type WageTableDoc,
} from './wage-table.ts';
export { canonicalJson } from './canonical-json.ts';
export { sha256Hex } from './sha256.ts';
export { REMINDER_ANCHORS, REMINDER_KINDS, type ReminderRule } from './params/reminders.ts';
