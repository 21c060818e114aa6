import { randomInt } from 'node:crypto';
import { addDays, addYears, residentIdCheckChar } from '@jifen/domain';
import { createHolder } from '../../src/modules/holders/holders.service.ts';
import type { Harness } from './harness.ts';

/** A fresh, valid resident ID (I-1) of someone born in Pudong between 1970 and 1999 (random day, so IDs rarely repeat). */
export function randomResidentId(): string {
  const birth = addDays('1970-01-01', randomInt(30 * 365)).replace(/-/g, '');
  const first17 = `310115${birth}${String(randomInt(1000)).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** A holder of the demo employer `employerName` whose one permit expires on `expiresOn`. */
export async function holderWithPermit(
  h: Harness,
  expiresOn: string,
  employerName = '上海示例科技有限公司',
): Promise<string> {
  const { id: employerId } = await h.db.one<{ id: string }>('SELECT id FROM employers WHERE name = $1', [employerName]);
  return h.db.tx((q) =>
    createHolder(q, h, {
      name: `测试${randomInt(100000)}`,
      residentId: randomResidentId(),
      employerId,
      permit: {
        permitNo: `SH${randomInt(100000000, 999999999)}`,
        issuedOn: addDays(addYears(expiresOn, -1), 1),
        expiresOn,
      },
    }),
  );
}
