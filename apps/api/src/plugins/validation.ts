import { findUnstorableText } from '@jifen/contracts';
import type { FastifySchemaCompiler, FastifySerializerCompiler } from 'fastify';
import { InvalidSchemaError, ResponseSerializationError } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { isKnownStorable } from './json-depth.ts';

/** A request part that failed its zod schema; the error plugin words it per language. */
export class ZodRequestError extends Error {
  readonly statusCode = 400;
  readonly code = 'FST_ERR_VALIDATION';
  constructor(
    readonly part: string,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(`invalid ${part}`);
    this.name = 'ZodRequestError';
  }
}

/**
 * Fastify validator over zod. Issues keep their input only so that messages
 * can say what was received; the input never reaches the response.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    // NUL and lone surrogates can never be stored: refused in every field, typed or not (docs/adr/0012).
    // A JSON body whose text the parser already found clean in its one pass is not walked again (issue 20).
    const unstorable = isKnownStorable(data) ? null : findUnstorableText(data);
    if (unstorable) {
      const issue = {
        code: 'custom',
        path: unstorable.path,
        message: unstorable.message,
        input: undefined,
      } as z.core.$ZodIssue;
      return { error: new ZodRequestError(httpPart ?? 'body', [issue]) };
    }
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new ZodRequestError(httpPart ?? 'body', result.error.issues) };
  };

/**
 * Response serializer over zod: the response schema still decides what may
 * leave the server (strict objects refuse unknown keys, so a field added to a
 * row cannot leak by accident); a reply that does not fit is a 500.
 *
 * fastify-type-provider-zod's serializer encodes (`safeEncode`), which in zod
 * 4 parses every node twice and skips the compiled object fast path: about 10
 * µs per /auth/me, the largest single cost of that read. Encoding differs from
 * parsing only through codecs, transforms, pipes, defaults, catch and the like;
 * a schema built from none of them (checked once, when the route is compiled)
 * is parsed forwards, with the same verdict and the same output. Any other
 * schema is encoded as before.
 */
export const zodSerializerCompiler: FastifySerializerCompiler<z.ZodType | { properties: z.ZodType }> = ({
  schema: given,
  method,
  url,
}) => {
  // As fastify-type-provider-zod: a zod schema, or one under `properties`.
  const schema = '_zod' in given ? given : given.properties;
  if (!schema || !('_zod' in schema)) throw new InvalidSchemaError(JSON.stringify(given));
  const forward = directionFree(schema);
  return (data) => {
    const result = forward ? schema.safeParse(data) : schema.safeEncode(data);
    if (!result.success) throw new ResponseSerializationError(method, url, { cause: result.error });
    return JSON.stringify(result.data);
  };
};

/** Zod node types whose parse does not depend on the direction (decode or encode). */
const DIRECTION_FREE = new Set([
  'string',
  'number',
  'boolean',
  'bigint',
  'null',
  'undefined',
  'any',
  'unknown',
  'never',
  'void',
  'date',
  'enum',
  'literal',
  'nan',
  'template_literal',
  'object',
  'array',
  'tuple',
  'record',
  'map',
  'set',
  'union',
  'intersection',
  'optional',
  'nullable',
  'lazy',
]);

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  rest?: z.ZodType | null;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  innerType?: z.ZodType;
  getter?: () => z.ZodType;
}

function directionFree(schema: z.ZodType, seen = new Set<z.ZodType>()): boolean {
  if (seen.has(schema)) return true;
  seen.add(schema);
  const def = schema._zod.def as unknown as Def;
  if (!DIRECTION_FREE.has(def.type)) return false;
  const children: (z.ZodType | null | undefined)[] = [
    ...Object.values(def.shape ?? {}),
    def.catchall,
    def.element,
    ...(def.items ?? []),
    def.rest,
    def.keyType,
    def.valueType,
    ...(def.options ?? []),
    def.left,
    def.right,
    def.innerType,
    def.type === 'lazy' && def.getter ? def.getter() : undefined,
  ];
  return children.every((c) => !c || directionFree(c, seen));
}
