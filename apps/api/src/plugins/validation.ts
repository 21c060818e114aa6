import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';

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
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new ZodRequestError(httpPart ?? 'body', result.error.issues) };
  };
