export { maskResidentId, parseResidentId, residentIdCheckChar, type ResidentId } from './resident-id.ts';
export { creditCodeCheckChar, parseCreditCode, type CreditCode } from './credit-code.ts';
export { parseMobile } from './mobile.ts';
