import { msg } from '@jifen/messages/domain';
import { err, ok, type Result } from '../result.ts';

/** I-3: a mainland mobile number for SMS: 11 digits starting with 1 (an optional +86/86 prefix is removed). */
export function parseMobile(input: string): Result<string> {
  const compact = input.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  if (/^1\d{10}$/.test(compact)) return ok(compact);
  return err({
    code: 'MOBILE.INVALID',
    ruleId: 'I-3',
    message: msg('ids.mobile.invalid'),
    details: { length: compact.length },
  });
}
