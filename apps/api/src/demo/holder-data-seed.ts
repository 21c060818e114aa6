import { addMonthsToMonth, type SiMonthRecord } from '@jifen/domain';
import type { HolderClaims } from '@jifen/contracts';
import type { Sql } from '../adapters/db/sql.ts';
import type { Clock } from '../clock.ts';
import { saveClaims, saveRecords } from '../modules/holder-data/holder-data.repository.ts';
import { CLAIMS_FIELD, RECORDS_FIELD } from '../modules/holder-data/holder-data.service.ts';
import type { PiiCipher } from '../security/pii.ts';

interface Deps {
  clock: Clock;
  pii: PiiCipher;
}

/** `count` months ending with `last`, oldest first; `paidIf` decides each month (index 0 = oldest). */
function months(
  last: string,
  count: number,
  uscc: string,
  paidIf: (i: number) => boolean = () => true,
): SiMonthRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const paid = paidIf(i);
    const month = addMonthsToMonth(last, i - count + 1);
    return paid
      ? { month, paid, backPaid: false, base: 12000, employerUscc: uscc, taxDeclarers: [uscc], taxedIncome: 15000 }
      : { month, paid };
  });
}

/**
 * Claims and SI/tax records of the demo holders (journeys of issue #5):
 * 李明 本科+学士 with 54 months insured and tax matched by his employer,
 * so a renewal with the employer unchanged passes every check; 张伟 insured
 * only 4 of the last 12 months, so C-1 fails; 赵敏 at the other employer.
 */
export async function seedHolderData(q: Sql, deps: Deps, today: string): Promise<void> {
  const thisMonth = today.slice(0, 7);
  const rows = await q.query<{ name: string; holder_id: string; uscc: string; hr_id: string }>(
    `SELECT h.name, h.id AS holder_id, e.uscc, u.id AS hr_id
     FROM holders h JOIN employers e ON e.id = h.employer_id
     JOIN LATERAL (SELECT id FROM users WHERE employer_id = e.id AND role = 'hr' ORDER BY created_at, id LIMIT 1) u ON true
     WHERE h.name IN ('李明', '张伟', '赵敏')`,
  );
  const data: Record<string, { claims: HolderClaims; months: (uscc: string) => SiMonthRecord[] }> = {
    李明: { claims: { education: 'benke_bachelor', freshGraduate: false }, months: (u) => months(thisMonth, 54, u) },
    张伟: { claims: { education: 'benke' }, months: (u) => months(thisMonth, 36, u, (i) => i < 24 || i >= 32) },
    赵敏: {
      claims: { education: 'master', commendations: ['municipal_bureau'] },
      months: (u) => months(thisMonth, 30, u),
    },
  };
  const at = deps.clock.now();
  for (const r of rows) {
    const d = data[r.name];
    if (!d) continue;
    const claims = { ...d.claims, contractEmployerUscc: r.uscc };
    await saveClaims(q, {
      holderId: r.holder_id,
      claimsEnc: deps.pii.encrypt(CLAIMS_FIELD, JSON.stringify(claims)),
      expected: 0,
      by: r.hr_id,
      at,
    });
    const ms = d.months(r.uscc);
    await saveRecords(q, {
      holderId: r.holder_id,
      recordsEnc: deps.pii.encrypt(RECORDS_FIELD, JSON.stringify(ms)),
      monthsCount: ms.length,
      firstMonth: ms[0]?.month ?? null,
      lastMonth: ms[ms.length - 1]?.month ?? null,
      by: r.hr_id,
      at,
    });
  }
}
