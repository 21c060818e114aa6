import { z } from 'zod';
import { safeString } from './text.ts';

/** Every error the API sends has this body. `message` is in the request's language. */
export const errorBody = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    /** The rule book's ID behind a refusal (e.g. L-7), when there is one. */
    ruleId: z.string().optional(),
    details: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

export const uuid = z.uuid();
export const idParams = z.strictObject({ id: z.uuid() });
export type IdParams = z.infer<typeof idParams>;

export { isoDate, isoDateTime, longText, safeString, secret, text } from './text.ts';

export const districtCode = safeString({ max: 6 }).regex(/^\d{6}$/, { error: 'district.format' });
