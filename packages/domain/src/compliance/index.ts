export { checkCompliance } from './check-compliance.ts';
export type { ComplianceCheck } from './checks.ts';
export { recordFactsOf, type RecordFacts } from './records.ts';
export { isTaxMatched, siFactsOf, wageYearOfMonth, type SiFacts } from './si-facts.ts';
