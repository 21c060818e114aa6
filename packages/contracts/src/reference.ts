import { z } from 'zod';

export const centreKind = z.enum(['community', 'talent']);
export const centre = z.strictObject({ id: z.string(), name: z.string(), kind: centreKind });
export const districtWithCentres = z.strictObject({
  code: z.string(),
  name: z.string(),
  centres: z.array(centre),
});
/** `GET /api/v1/districts` (public): Shanghai's 16 districts with their service centres. */
export const districtsResponse = z.strictObject({ districts: z.array(districtWithCentres) });
export type DistrictsResponse = z.infer<typeof districtsResponse>;
