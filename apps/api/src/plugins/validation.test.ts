import { describe, expect, it } from 'vitest';
import { userResponse } from '@jifen/contracts';
import { z } from 'zod';
import { zodSerializerCompiler } from './validation.ts';

const compile = (schema: z.ZodType) =>
  zodSerializerCompiler({ schema, method: 'GET', url: '/t', httpStatus: '200' } as Parameters<
    typeof zodSerializerCompiler
  >[0]);

describe('response serializer', () => {
  it('refuses a reply with a key the strict schema does not declare (no accidental leak)', () => {
    const serialize = compile(userResponse);
    const user = { id: '4e5af768-3b7a-4e3f-8da3-44cb2dc8ec01', username: 'u', displayName: 'U', role: 'hr' };
    expect(JSON.parse(serialize({ user }))).toEqual({ user });
    expect(() => serialize({ user: { ...user, passwordHash: 'x' } })).toThrow();
  });

  it('strips unknown keys of plain objects when parsing forwards', () => {
    expect(compile(z.object({ a: z.string() }))({ a: 'x', secret: 'y' })).toBe('{"a":"x"}');
  });

  it('still encodes schemas whose output depends on the direction (codecs, defaults)', () => {
    const cents = z.codec(z.number(), z.string(), { decode: (n) => n.toFixed(2), encode: (s) => Number(s) });
    expect(compile(z.object({ price: cents }))({ price: '12.50' })).toBe('{"price":12.5}');
    // a default applies only when decoding: encoding leaves the absent value absent
    expect(compile(z.object({ n: z.number().default(1) }).partial())({})).toBe('{}');
  });
});
