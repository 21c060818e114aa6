// The population of bench/city.bench.ts, generated set-based in PostgreSQL
// with generate_series (no rows pass through Node): `holders` holders over
// holders/100 employers (one HR specialist each, districts in turn), two
// years of history per holder: two permit periods, the points record (cycle 2,
// or 1 for the 15% who came later), its events, the approved applications
// with their events and printed notices, and 0.5% open renewals in review.
// The demo employer 上海示例科技 (hr.acme) gets 1% of the holders: its roster
// is a big employer's. Dates are relative to the server's today.
//
// Foreign keys and triggers are off while loading (session_replication_role
// = replica): the rows are consistent by construction, and the triggers they
// skip (application numbers, the roster's expiry, the roster's kept counts)
// are done here set-based. The loaded tables' secondary indexes (those that
// back no constraint) are dropped before the load and built once after it,
// as a bulk load in production would: building an index from sorted rows is
// several times cheaper than inserting 15 million rows into it one by one.
// The tables stay logged (what production would see); the load session does
// not wait for the WAL flush of each statement (synchronous_commit = off).
import type pg from 'pg';

export interface CityCounts {
  holders: number;
  employers: number;
  applications: number;
  applicationEvents: number;
  notices: number;
  permits: number;
  recordEvents: number;
}

const SURNAMES = `ARRAY['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭']`;
const GIVEN = `ARRAY['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明']`;

const LOADED_TABLES = [
  'employers',
  'users',
  'holders',
  'permits',
  'applications',
  'application_events',
  'notices',
  'points_records',
  'points_record_events',
];

/** Prints each step of the load with its time (a million holders take minutes). */
export type Progress = (line: string) => void;

/** Loads the population into a migrated database that holds the demo data. */
export async function generateCity(
  c: pg.Client,
  holders: number,
  windowDays: number,
  progress: Progress = () => {},
): Promise<CityCounts> {
  const started = performance.now();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t = performance.now();
    const res = await c.query(sql, params);
    progress(
      `  ${label}${res.rowCount ? `: ${res.rowCount} rows` : ''} in ${((performance.now() - t) / 1000).toFixed(1)} s` +
        ` (${((performance.now() - started) / 1000).toFixed(0)} s so far)`,
    );
  };
  const employers = Math.max(1, Math.floor(holders / 100));
  const acme = (await c.query<{ id: string }>(`SELECT employer_id AS id FROM users WHERE username = 'hr.acme'`))
    .rows[0]!.id;
  // Ids are version-4 shaped UUIDs made from a name (the API's schemas check the version and variant): the md5 with
  // its 13th hex digit set to 4 and its 17th to 8 (one md5 per id).
  await c.query(
    `CREATE FUNCTION pg_temp.city_uuid(t text) RETURNS uuid LANGUAGE sql IMMUTABLE AS
     $$ SELECT overlay(overlay(md5(t) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`,
  );
  await c.query(`SET session_replication_role = replica`);
  await c.query(`SET synchronous_commit = off`);
  await c.query(`SET maintenance_work_mem = '512MB'`);
  await c.query(`SET work_mem = '64MB'`);
  const secondary = (
    await c.query<{ name: string; def: string }>(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
       WHERE t.relname = ANY($1) AND t.relnamespace = 'public'::regnamespace
         AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
      [LOADED_TABLES],
    )
  ).rows;
  for (const ix of secondary) await c.query(`DROP INDEX ${ix.name}`);
  progress(`  dropped ${secondary.length} secondary indexes for the load`);
  const districts = `(SELECT array_agg(code ORDER BY sort_order) FROM districts)`;
  await step(
    'employers',
    `INSERT INTO employers (id, name, uscc, uscc_checksum_ok, district_code, status, contact_name, contact_mobile_enc, contact_mobile_masked, created_at)
     SELECT pg_temp.city_uuid('employer' || g), '城市规模测试单位' || g, '91' || lpad(g::text, 16, '0'), true,
       (${districts})[1 + g % 16], 'verified', '联系人', 'x', '138****0000', now() - interval '3 years'
     FROM generate_series(1, $1) g`,
    [employers],
  );
  await step(
    'hr users',
    `INSERT INTO users (id, username, display_name, role, password_hash, employer_id, created_at)
     SELECT pg_temp.city_uuid('hr' || g), 'hr.city.' || g, '人事' || g, 'hr', 'x', pg_temp.city_uuid('employer' || g), now() - interval '3 years'
     FROM generate_series(1, $1) g`,
    [employers],
  );
  // After the demo's own numbers of each year. Holder g: employer acme for 1%, else one of the generated employers. Permit 1 was issued
  // 730 - r days ago, permit 2 the day after it expired; r spreads the expiries over the year.
  const holderCols = `pg_temp.city_uuid('holder' || g) AS id, g, g % 365 AS r,
       CASE WHEN g % 100 = 0 THEN $2::uuid ELSE pg_temp.city_uuid('employer' || (1 + g % $3)) END AS employer_id`;
  await step(
    'holders',
    `INSERT INTO holders (id, name, resident_id_enc, resident_id_hash, resident_id_masked, birth_date, sex, mobile_enc, mobile_masked,
       employer_id, created_at, department, roster_expires_on, holding_since)
     SELECT s.id, (${SURNAMES})[1 + g % 16] || (${GIVEN})[1 + (g / 16) % 16] || (${GIVEN})[1 + (g / 256) % 16], 'x',
       md5('rid' || g) || md5('rid2' || g), '3101**********' || lpad((g % 10000)::text, 4, '0'),
       DATE '1970-01-01' + (g % 12000), CASE WHEN g % 2 = 0 THEN 'M' ELSE 'F' END, 'x', '139****' || lpad((g % 10000)::text, 4, '0'),
       s.employer_id, now() - interval '2 years', '部门' || (g % 12), current_date - 1 + s.r, current_date - 730 + s.r
     FROM (SELECT ${holderCols} FROM generate_series(1, $1) g) s`,
    [holders, acme, employers],
  );
  await step(
    'permits',
    `INSERT INTO permits (id, holder_id, permit_no, issued_on, expires_on, created_at)
     SELECT pg_temp.city_uuid('permit' || p || '-' || g), pg_temp.city_uuid('holder' || g), 'SH' || lpad(g::text, 10, '0') || p,
       current_date - 730 + (g % 365) + 365 * (p - 1), current_date - 366 + (g % 365) + 365 * (p - 1), now() - interval '2 years'
     FROM generate_series(1, $1) g, generate_series(1, 2) p`,
    [holders],
  );
  // Applications: the first (85% of holders) and the renewal (all), approved with a notice; 0.5% have the next renewal in
  // review: every 199th holder, so the open cases spread over every employer and district (199 is prime to the employer
  // count and to the 16 districts; every 200th put them all at the employers of two districts and left 浦东's queue empty).
  await step(
    'applications (temp)',
    `CREATE TEMP TABLE city_apps AS
     SELECT pg_temp.city_uuid('app' || k || '-' || g) AS id, g, k, pg_temp.city_uuid('holder' || g) AS holder_id,
       CASE WHEN g % 100 = 0 THEN $2::uuid ELSE pg_temp.city_uuid('employer' || (1 + g % $3)) END AS employer_id,
       CASE WHEN g % 100 = 0 THEN (SELECT id FROM users WHERE username = 'hr.acme') ELSE pg_temp.city_uuid('hr' || (1 + g % $3)) END AS hr_id,
       CASE k WHEN 1 THEN current_date - 760 + (g % 365) WHEN 2 THEN current_date - 395 + (g % 365) ELSE current_date - (g % 20) END AS created_on,
       CASE WHEN k = 3 THEN 'under_review' ELSE 'approved' END AS state,
       CASE k WHEN 1 THEN 'first_application' ELSE 'renewal_same_employer' END AS kind,
       CASE WHEN k < 3 THEN pg_temp.city_uuid('permit' || k || '-' || g) ELSE pg_temp.city_uuid('permit2-' || g) END AS permit_id
     FROM generate_series(1, $1) g, generate_series(1, 3) k
     WHERE (k = 1 AND g % 20 >= 3) OR k = 2 OR (k = 3 AND g % 199 = 7)`,
    [holders, acme, employers],
  );
  await step(
    'applications',
    `INSERT INTO applications (id, holder_id, employer_id, kind, state, version, data_changed, policy_id, total, sla_due, sla_started_on,
       submitted_on, notice_issued_on, created_by, created_at, updated_at, idempotency_key, number, permit_id)
     SELECT a.id, a.holder_id, a.employer_id, a.kind, a.state, 3, false, 'sh-2026', 120 + a.g % 30,
       a.created_on + 20, a.created_on + 2, a.created_on + 1, CASE WHEN a.state = 'approved' THEN a.created_on + 25 END,
       a.hr_id, a.created_on::timestamptz, (a.created_on + 25)::timestamptz, 'city-' || a.id,
       'JF' || extract(year FROM a.created_on) || '-' || lpad((COALESCE((SELECT last FROM application_number_counters WHERE year = extract(year FROM a.created_on)), 0)
         + row_number() OVER (PARTITION BY extract(year FROM a.created_on) ORDER BY a.created_on, a.id))::text, 6, '0'),
       a.permit_id
     FROM city_apps a`,
  );
  await step(
    'number counters',
    `INSERT INTO application_number_counters (year, last)
     SELECT substr(number, 3, 4)::integer, max(substr(number, 8)::integer) FROM applications GROUP BY 1
     ON CONFLICT (year) DO UPDATE SET last = GREATEST(application_number_counters.last, EXCLUDED.last)`,
  );
  await step(
    'application events',
    `INSERT INTO application_events (id, application_id, seq, from_state, to_state, action, role, actor_id, at)
     SELECT pg_temp.city_uuid('ev' || e.seq || '-' || a.id), a.id, e.seq, e.from_state, CASE WHEN e.seq = 3 THEN a.state ELSE e.to_state END,
       e.action, e.role, CASE WHEN e.role = 'hr' THEN a.hr_id END, (a.created_on + e.seq * 8)::timestamptz
     FROM city_apps a,
       (VALUES (1, NULL, 'draft', 'create', 'hr'), (2, 'draft', 'submitted', 'submit', 'hr'), (3, 'submitted', 'approved', 'approve', 'reviewer')) AS e(seq, from_state, to_state, action, role)`,
  );
  // Notice numbers (migration 027: JFTZ<year>-<6 digits> per year of the issue day) after the demo's own, in issue order.
  await step(
    'notices',
    `INSERT INTO notices (notice_no, application_id, issued_on, first_printed_at, created_at)
     SELECT 'JFTZ' || extract(year FROM n.issued_on) || '-' || lpad((COALESCE((SELECT last FROM notice_number_counters
         WHERE year = extract(year FROM n.issued_on)), 0)
         + row_number() OVER (PARTITION BY extract(year FROM n.issued_on) ORDER BY n.issued_on, n.id))::text, 6, '0'),
       n.id, n.issued_on, (n.issued_on + 1)::timestamptz, n.issued_on::timestamptz
     FROM (SELECT a.id, a.created_on + 25 AS issued_on FROM city_apps a WHERE a.state = 'approved') n`,
  );
  await step(
    'notice number counters',
    `INSERT INTO notice_number_counters (year, last)
     SELECT substr(notice_no, 5, 4)::integer, max(substr(notice_no, 10)::integer) FROM notices GROUP BY 1
     ON CONFLICT (year) DO UPDATE SET last = GREATEST(notice_number_counters.last, EXCLUDED.last)`,
  );
  // The points record of the current period, and its history (created, renewed).
  await step(
    'points records',
    `INSERT INTO points_records (id, holder_id, application_id, permit_id, cycle, valid_from, expires_on, state, state_since, next_event_on, created_at, updated_at)
     SELECT pg_temp.city_uuid('record' || g), pg_temp.city_uuid('holder' || g), pg_temp.city_uuid('app2-' || g), pg_temp.city_uuid('permit2-' || g),
       CASE WHEN g % 20 >= 3 THEN 2 ELSE 1 END, v - 364, v,
       CASE WHEN v < current_date THEN 'grace' WHEN v - current_date <= $2 THEN 'renewal_window' ELSE 'valid' END,
       v - 364, CASE WHEN v < current_date THEN v + 30 WHEN v - current_date <= $2 THEN v ELSE v - $2 END,
       (v - 364)::timestamptz, (v - 364)::timestamptz
     FROM (SELECT g, current_date - 1 + g % 365 AS v FROM generate_series(1, $1) g) s`,
    [holders, windowDays],
  );
  await step(
    'points-record events',
    `INSERT INTO points_record_events (id, record_id, cycle, on_date, kind, from_state, to_state, rule_id, cause, at)
     SELECT pg_temp.city_uuid('rev' || k || '-' || g), pg_temp.city_uuid('record' || g), k, current_date - 730 + (g % 365) + 365 * (k - 1),
       CASE k WHEN 1 THEN 'created' ELSE 'renewed' END, NULL, 'valid', 'L-1', 'approval',
       (current_date - 730 + (g % 365) + 365 * (k - 1))::timestamptz
     FROM generate_series(1, $1) g, generate_series(1, 2) k WHERE k = 2 OR g % 20 >= 3`,
    [holders],
  );
  // The roster's kept counts (migration 024), recounted: the triggers that keep them were off.
  await step('roster counts cleared', 'DELETE FROM roster_expiry_counts');
  await step(
    'roster counts',
    `INSERT INTO roster_expiry_counts (employer_id, expires_on, holders)
     SELECT employer_id, roster_expires_on, count(*) FROM holders WHERE employer_id IS NOT NULL GROUP BY 1, 2`,
  );
  await c.query(`SET session_replication_role = origin`);
  for (const ix of secondary) await step(`index ${ix.name}`, ix.def);
  await step('vacuum analyze', 'VACUUM ANALYZE');
  const n = async (sql: string) => Number((await c.query<{ n: string }>(sql)).rows[0]!.n);
  return {
    holders: await n('SELECT count(*) AS n FROM holders'),
    employers: await n('SELECT count(*) AS n FROM employers'),
    applications: await n('SELECT count(*) AS n FROM applications'),
    applicationEvents: await n('SELECT count(*) AS n FROM application_events'),
    notices: await n('SELECT count(*) AS n FROM notices'),
    permits: await n('SELECT count(*) AS n FROM permits'),
    recordEvents: await n('SELECT count(*) AS n FROM points_record_events'),
  };
}
