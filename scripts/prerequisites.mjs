// Checks what `npm test` needs from the machine and fails loudly with the fix.
// Nothing here skips a suite: a missing prerequisite is an error.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function checkPostgres() {
  const { Client } = require('pg');
  const client = new Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rows } = await client.query('show server_version');
    return `PostgreSQL ${rows[0].server_version} at ${redact(TEST_DATABASE_URL)}`;
  } catch (e) {
    throw new Error(
      [
        `PostgreSQL is not reachable at ${redact(TEST_DATABASE_URL)} (${e.message}).`,
        'The database suites run on PostgreSQL as well as on the embedded database. Fix:',
        '  apt-get install -y postgresql   # if it is not installed',
        '  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
        '  or point TEST_DATABASE_URL at a PostgreSQL 15+ server (user with CREATEDB).',
      ].join('\n'),
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export function checkChromium() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      [
        `Chromium is not installed at ${CHROMIUM_PATH}.`,
        "The browser journeys run in Debian's Chromium (never a downloaded browser). Fix:",
        '  apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-cjk',
        '  or set CHROMIUM_PATH to a Chromium binary.',
      ].join('\n'),
    );
  }
  return `Chromium at ${CHROMIUM_PATH}`;
}

function redact(url) {
  return url.replace(/:\/\/([^:@/]+):[^@/]*@/, '://$1:***@');
}
