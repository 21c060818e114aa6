import { randomUUID } from 'node:crypto';
import { addDays, addYears, firstEventAfterCreation, recordStateOn, type Policy, type SimPermit } from '@jifen/domain';
import type { Db } from '../../adapters/db/sql.ts';
import type { PiiCipher } from '../../security/pii.ts';

/**
 * Test and bench support (issue 13): an employer with one HR specialist and
 * one holder, permit and points record per simulated permit, each record as
 * it stood on the evening of `asOf - 1` (so the sweep of `asOf` is its first).
 */
export async function loadPopulation(
  db: Db,
  pii: PiiCipher,
  permits: readonly SimPermit[],
  asOf: string,
  policy: Policy,
): Promise<{ employerId: string; hrUserId: string }> {
  const employerId = randomUUID();
  const hrUserId = randomUUID();
  const at = new Date(`${asOf}T00:00:00+08:00`);
  await db.execute(
    `INSERT INTO employers (id, name, uscc, uscc_checksum_ok, district_code, status, contact_name, contact_mobile_enc, contact_mobile_masked, created_at)
     VALUES ($1, '巡检测试单位', $2, true, '310115', 'verified', '测试', $3, '138****0000', $4)`,
    [
      employerId,
      `91310115${String(Math.floor(Math.random() * 1e10)).padStart(10, '0')}`,
      pii.encrypt('employer.contact_mobile', '13800000000'),
      at,
    ],
  );
  await db.execute(
    `INSERT INTO users (id, username, display_name, role, password_hash, employer_id, created_at) VALUES ($1, $2, 'HR', 'hr', 'x', $3, $4)`,
    [hrUserId, `hr.sweep.${hrUserId.slice(0, 8)}`, employerId, at],
  );
  const mobileEnc = pii.encrypt('holder.mobile', '13900000000');
  const yesterday = addDays(asOf, -1);
  for (let i = 0; i < permits.length; i += 500) {
    const chunk = permits.slice(i, i + 500).map((p) => ({
      holder_id: p.id,
      permit_id: randomUUID(),
      record_id: p.id,
      hash: `${p.id.replace(/-/g, '')}${employerId.replace(/-/g, '')}`.slice(0, 64),
      issued_on: addDays(addYears(p.expiresOn, -1), 1),
      expires_on: p.expiresOn,
      state: recordStateOn(p.expiresOn, yesterday, policy),
      next: firstEventAfterCreation(p.expiresOn, yesterday, policy),
    }));
    await db.tx(async (q) => {
      const json = JSON.stringify(chunk);
      await q.execute(
        `INSERT INTO holders (id, name, resident_id_enc, resident_id_hash, resident_id_masked, birth_date, sex, mobile_enc, mobile_masked, employer_id, created_at)
         SELECT r.holder_id, '测试持证人', 'x', r.hash, '310***********0000', '1990-01-01', 'M', $2, '139****0000', $3, $4
         FROM jsonb_to_recordset($1::jsonb) AS r(holder_id uuid, hash text)`,
        [json, mobileEnc, employerId, at],
      );
      await q.execute(
        `INSERT INTO permits (id, holder_id, permit_no, issued_on, expires_on, created_at)
         SELECT r.permit_id, r.holder_id, 'SIM', r.issued_on, r.expires_on, $2 FROM jsonb_to_recordset($1::jsonb) AS r(permit_id uuid, holder_id uuid, issued_on date, expires_on date)`,
        [json, at],
      );
      await q.execute(
        `INSERT INTO points_records (id, holder_id, permit_id, cycle, valid_from, expires_on, state, state_since, next_event_on, created_at, updated_at)
         SELECT r.record_id, r.holder_id, r.permit_id, 1, r.issued_on, r.expires_on, r.state, $2::date, r.next, $3, $3
         FROM jsonb_to_recordset($1::jsonb) AS r(record_id uuid, holder_id uuid, permit_id uuid, issued_on date, expires_on date, state text, next date)`,
        [json, yesterday, at],
      );
    });
  }
  return { employerId, hrUserId };
}
