import { z } from 'zod';

/**
 * Every policy value carries its source (P-1): which document says it, and
 * how we read it. A value without a source does not pass the schema.
 */
export const sourceNote = z.string().min(3, 'every parameter needs a source note');

export function param<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, source: sourceNote });
}

/** The parameters with their sources stripped, the shape the rules read. */
export type Values<S> = {
  [K in keyof S]: NonNullable<S[K]> extends { value: infer V } ? (undefined extends S[K] ? V | undefined : V) : never;
};

export function valuesOf<S extends Record<string, { value: unknown }>>(section: S): Values<S> {
  const out: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(section)) out[key] = p.value;
  return out as Values<S>;
}

export const days = z.number().int().min(0).max(3660);
export const points = z.number().int().min(0).max(1000);
export const positiveInt = z.number().int().min(1);
