// The population of bench/sweep.bench.ts: n holders with one points record
// each, as they stood on the evening before the swept day, loaded by COPY
// (psql's \copy, i.e. COPY ... FROM STDIN; pg-copy-streams is not in the
// lockfile). Expiries spread realistically: permits are issued all year, with
// more around the spring hiring season and month ends, and a tail already
// expired. The CSV files go into a private temporary directory (mkdtemp), so
// two runs at once never share a file name.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addDays, firstEventAfterCreation, recordStateOn, type Policy } from '@jifen/domain';
import type { Db } from '../apps/api/src/adapters/db/sql.ts';
import type { PiiCipher } from '../apps/api/src/security/pii.ts';

/** A deterministic pseudo-random stream (the bench is repeatable). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Days from the swept day to the expiry: 8% already expired (up to 120 days), the rest over the next year with seasonal bumps. */
function expiryOffset(r: () => number): number {
  const u = r();
  if (u < 0.08) return -Math.floor(r() * 120) - 1;
  let d = Math.floor(r() * 365);
  if (u < 0.3)
    d = 90 + Math.floor(r() * 45); // spring hiring: permits issued in March-April expire then
  else if (u < 0.4) d = Math.min(364, Math.floor(d / 30) * 30 + 29); // month ends
  return d;
}

function psqlCopy(url: string, table: string, columns: string, file: string): void {
  const r = spawnSync(
    'psql',
    [url, '-v', 'ON_ERROR_STOP=1', '-c', `\\copy ${table} (${columns}) FROM '${file}' WITH (FORMAT csv)`],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`psql \\copy ${table} failed: ${r.stderr}`);
}

async function writeLines(file: string, n: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    if (!out.write(`${line(i)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

/** Loads n holders and records into an empty migrated database; returns the milliseconds it took. */
export async function loadSweepPopulation(
  db: Db,
  url: string,
  n: number,
  day: string,
  policy: Policy,
  pii: PiiCipher,
): Promise<number> {
  const started = performance.now();
  const employers = Array.from({ length: 200 }, () => ({ id: randomUUID(), hr: randomUUID() }));
  const at = new Date().toISOString();
  for (const [i, e] of employers.entries()) {
    await db.execute(
      `INSERT INTO employers (id, name, uscc, uscc_checksum_ok, district_code, status, contact_name, contact_mobile_enc, contact_mobile_masked, created_at)
       VALUES ($1, $2, $3, true, '310115', 'verified', 'HR', 'x', '138****0000', $4)`,
      [e.id, `bench ${i}`, `9131011500000${String(i).padStart(5, '0')}`, at],
    );
    await db.execute(
      `INSERT INTO users (id, username, display_name, role, password_hash, employer_id, created_at) VALUES ($1, $2, 'HR', 'hr', 'x', $3, $4)`,
      [e.hr, `hr.bench.${i}`, e.id, at],
    );
  }
  const mobile = pii.encrypt('holder.mobile', '13900000000');
  const r = rng(n);
  const ids: string[] = [];
  const expiries: string[] = [];
  for (let i = 0; i < n; i++) {
    ids.push(randomUUID());
    expiries.push(addDays(day, expiryOffset(r)));
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'jifen-sweep-bench-'));
  try {
    const holdersFile = path.join(dir, 'holders.csv');
    const recordsFile = path.join(dir, 'records.csv');
    await writeLines(
      holdersFile,
      n,
      (i) =>
        `${ids[i]},持证人,x,${ids[i]!.replace(/-/g, '')}${'0'.repeat(32)},310***********0000,1990-01-01,M,${mobile},139****0000,${employers[i % employers.length]!.id},${expiries[i]},${at}`,
    );
    const yesterday = addDays(day, -1);
    await writeLines(recordsFile, n, (i) => {
      const v = expiries[i]!;
      const next = firstEventAfterCreation(v, yesterday, policy) ?? '';
      return `${ids[i]},${ids[i]},1,${addDays(v, -364)},${v},${recordStateOn(v, yesterday, policy)},${yesterday},${next},${at},${at}`;
    });
    psqlCopy(
      url,
      'holders',
      'id, name, resident_id_enc, resident_id_hash, resident_id_masked, birth_date, sex, mobile_enc, mobile_masked, employer_id, roster_expires_on, created_at',
      holdersFile,
    );
    // The holders already carry their roster expiry (the records' expiry, as
    // the row trigger points_records_roster_expiry would set it): with the
    // trigger on, the COPY of n records ran n single-row UPDATEs of holders,
    // each with its roster-count statement trigger (260 s for 100,000 on the
    // shared machine), and left every holder row twice in the heap.
    await db.execute('ALTER TABLE points_records DISABLE TRIGGER points_records_roster_expiry');
    try {
      psqlCopy(
        url,
        'points_records',
        'id, holder_id, cycle, valid_from, expires_on, state, state_since, next_event_on, created_at, updated_at',
        recordsFile,
      );
    } finally {
      await db.execute('ALTER TABLE points_records ENABLE TRIGGER points_records_roster_expiry');
    }
    const incoherent = await db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM holders h JOIN points_records p ON p.holder_id = h.id WHERE h.roster_expires_on <> p.expires_on`,
    );
    if (incoherent.n > 0) throw new Error(`${incoherent.n} holders' roster expiry differs from their record's`);
    await db.execute(
      `INSERT INTO lifecycle_sweep_days (day, records, changes, reminders, finished_at) VALUES ($1, 0, 0, 0, now())`,
      [yesterday],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await db.execute('VACUUM ANALYZE points_records');
  await db.execute('VACUUM ANALYZE holders');
  return performance.now() - started;
}
