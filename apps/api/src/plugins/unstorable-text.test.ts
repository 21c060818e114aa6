import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZodRequestError, zodValidatorCompiler } from './validation.ts';

/**
 * Issue #11 item 5: a NUL or a lone surrogate can never be stored
 * (PostgreSQL refuses U+0000 in text and jsonb). The validator refuses them
 * in every part and field before the schema runs, including fields typed
 * `unknown` that no string check would see.
 */
describe('the validator refuses unstorable text anywhere in a request part', () => {
  const validate = zodValidatorCompiler({
    schema: z.strictObject({ value: z.unknown(), name: z.string().optional() }),
    httpPart: 'body',
    method: 'POST',
    url: '/x',
  });

  it('refuses a NUL or a lone surrogate deep inside an unknown-typed value, naming the path', () => {
    for (const [bad, message] of [
      ['a\u0000', 'text.control'],
      ['\uD800x', 'text.malformed'],
    ] as const) {
      const result = validate({ value: { list: [1, { deep: bad }] } }) as { error?: ZodRequestError };
      expect(result.error).toBeInstanceOf(ZodRequestError);
      expect(result.error!.issues[0]).toMatchObject({ path: ['value', 'list', 1, 'deep'], message });
    }
    const key = validate({ value: { 'k\u0000': 1 } }) as { error?: ZodRequestError };
    expect(key.error!.issues[0]!.path).toEqual(['value', 'k\u0000']);
  });

  it('lets well-formed text through to the schema', () => {
    expect(validate({ value: { text: '李明 😀 line\nbreak' }, name: 'José' })).toEqual({
      value: { value: { text: '李明 😀 line\nbreak' }, name: 'José' },
    });
  });
});
