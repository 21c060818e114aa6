import { z } from 'zod';

/** Every error the API sends has this body. `message` is in the request's language. */
export const errorBody = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    details: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

export const uuid = z.uuid();
export const idParams = z.strictObject({ id: z.uuid() });
export type IdParams = z.infer<typeof idParams>;

/** Calendar date `YYYY-MM-DD`. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date.format' });
export const isoDateTime = z.iso.datetime({ offset: true });

/** Trimmed, non-empty human text. */
export const text = (max: number) => z.string().trim().min(1, { error: 'text.blank' }).max(max);

export const districtCode = z.string().regex(/^\d{6}$/, { error: 'district.format' });
