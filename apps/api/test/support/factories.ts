import { randomBytes, randomInt } from 'node:crypto';
import { addDays, addYears } from '@jifen/domain';
import { createHolder } from '../../src/modules/holders/holders.service.ts';
import { createAccount, staffScope } from '../../src/modules/users/users.service.ts';
import { Client } from './client.ts';
import { registrationBody } from './fixtures.ts';
import type { Harness } from './harness.ts';
import { randomResidentId } from './holder-fixtures.ts';

/**
 * Issue 23, item 4: what a test needs, built through the same services and
 * routes users go through, so a test does not depend on the demo data (a
 * changed demo must not break it). Each call makes new people with random
 * names, IDs and codes, so tests in one database never collide.
 */

/** A password that passes the policy (security/password-policy.ts) and names nobody. */
export const FACTORY_PASSWORD = 'Lujiazui@Ferry-26';

/** A staff account (reviewer, clerk, consultant, admin), signed in when asked. */
export async function aStaffUser(
  h: Harness,
  role: 'reviewer' | 'clerk' | 'consultant' | 'admin',
  opts: { districtCode?: string } = {},
): Promise<{ userId: string; username: string; signIn(): Promise<Client> }> {
  const username = `${role}.f${randomBytes(4).toString('hex')}`;
  const district = opts.districtCode ?? '310115';
  const userId = await h.db.tx(async (q) => {
    // A clerk works at a community centre of the district, a reviewer at its talent centre (migration 001's list).
    const centre =
      role === 'clerk'
        ? await q.one<{ id: string }>(
            "SELECT id FROM service_centres WHERE kind = 'community' AND district_code = $1 ORDER BY id LIMIT 1",
            [district],
          )
        : null;
    const scope = await staffScope(q, {
      role,
      ...(role === 'reviewer' ? { district } : {}),
      ...(centre ? { centreId: centre.id } : {}),
    });
    return createAccount(q, h, {
      username,
      password: FACTORY_PASSWORD,
      displayName: `测试${username}`,
      role,
      ...scope,
    });
  });
  return { userId, username, signIn: () => signedIn(h, username) };
}

/**
 * An employer registered on the public form with its HR account, and,
 * unless `verified: false`, verified by a reviewer of its district through
 * the API.
 */
export async function anEmployer(
  h: Harness,
  opts: { district?: string; verified?: boolean } = {},
): Promise<{ employerId: string; name: string; hrUsername: string; signInHr(): Promise<Client> }> {
  const district = opts.district ?? '310115';
  const body = registrationBody(district);
  const anonymous = new Client(h.app, `10.9.${randomInt(255)}.${randomInt(1, 255)}`);
  await anonymous.fetchCsrf();
  const res = await anonymous.post('/api/v1/employers/register', body);
  if (res.statusCode !== 201) throw new Error(`employer registration failed: ${res.statusCode} ${res.body}`);
  // Self-registration always suffixes the requested username (docs/adr/0011): take the one given.
  const registered = res.json() as { employer: { id: string }; hrUser: { username: string } };
  const employerId = registered.employer.id;
  const hrUsername = registered.hrUser.username;
  if (opts.verified !== false) {
    const reviewer = await (await aStaffUser(h, 'reviewer', { districtCode: district })).signIn();
    const verified = await reviewer.post(`/api/v1/employers/${employerId}/verify`, {});
    if (verified.statusCode !== 200)
      throw new Error(`employer verification failed: ${verified.statusCode} ${verified.body}`);
  }
  return {
    employerId,
    name: body.name,
    hrUsername,
    signInHr: () => signedIn(h, hrUsername),
  };
}

/** A holder of `employerId` whose one permit runs for a year to `expiresOn` (default: a year from the harness's today). */
export async function aHolder(
  h: Harness,
  employerId: string,
  opts: { expiresOn?: string; name?: string; mobile?: string } = {},
): Promise<{ holderId: string; name: string; residentId: string }> {
  const today = h.clock.now().toISOString().slice(0, 10);
  const expiresOn = opts.expiresOn ?? addYears(today, 1);
  const name = opts.name ?? `测试${randomInt(100000)}`;
  const residentId = randomResidentId();
  const holderId = await h.db.tx((q) =>
    createHolder(q, h, {
      name,
      residentId,
      employerId,
      ...(opts.mobile ? { mobile: opts.mobile } : {}),
      permit: {
        permitNo: `SH${randomInt(100000000, 999999999)}`,
        issuedOn: addDays(addYears(expiresOn, -1), 1),
        expiresOn,
      },
    }),
  );
  return { holderId, name, residentId };
}

async function signedIn(h: Harness, username: string): Promise<Client> {
  const c = new Client(h.app, `10.8.${randomInt(255)}.${randomInt(1, 255)}`);
  const res = await c.login(username, FACTORY_PASSWORD);
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  return c;
}
