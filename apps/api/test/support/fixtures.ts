import { randomBytes, randomInt } from 'node:crypto';
import { creditCodeCheckChar } from '@jifen/domain';
import type { Db } from '../../src/adapters/db/sql.ts';

const USCC_BODY = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A fresh, valid unified social credit code (I-2) for a test registration. */
export function randomUscc(district = '310115'): string {
  let body = `91${district}`;
  while (body.length < 17) body += USCC_BODY[randomInt(USCC_BODY.length)];
  return body + creditCodeCheckChar(body);
}

export function registrationBody(district: string, overrides: Record<string, unknown> = {}) {
  const tag = randomBytes(4).toString('hex');
  return {
    name: `测试单位${tag}有限公司`,
    uscc: randomUscc(district),
    district,
    contact: { name: '测试联系人', mobile: '13800001111' },
    hrAccount: { username: `hr.t${tag}`, password: 'Lujiazui@Ferry-26', displayName: `测试人事${tag}` },
    ...overrides,
  };
}

export async function holderIdByName(db: Db, name: string): Promise<string> {
  return (await db.one<{ id: string }>('SELECT id FROM holders WHERE name = $1', [name])).id;
}

export async function userIdByName(db: Db, username: string): Promise<string> {
  return (await db.one<{ id: string }>('SELECT id FROM users WHERE username = $1', [username])).id;
}
