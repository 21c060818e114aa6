import type { DistrictsResponse } from '@jifen/contracts';
import type { Sql } from '../../adapters/db/sql.ts';

export async function listDistrictsWithCentres(q: Sql): Promise<DistrictsResponse['districts']> {
  const rows = await q.query<{
    code: string;
    name: string;
    centre_id: string | null;
    centre_name: string | null;
    kind: 'community' | 'talent' | null;
  }>(
    `SELECT d.code, d.name, c.id AS centre_id, c.name AS centre_name, c.kind
     FROM districts d LEFT JOIN service_centres c ON c.district_code = d.code
     ORDER BY d.sort_order, c.kind DESC, c.name`,
  );
  const byCode = new Map<string, DistrictsResponse['districts'][number]>();
  for (const r of rows) {
    const d = byCode.get(r.code) ?? { code: r.code, name: r.name, centres: [] };
    byCode.set(r.code, d);
    if (r.centre_id && r.centre_name && r.kind) d.centres.push({ id: r.centre_id, name: r.centre_name, kind: r.kind });
  }
  return [...byCode.values()];
}
