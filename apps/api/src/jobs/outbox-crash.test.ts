import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../adapters/db/open.ts';
import { runMigrations } from '../adapters/db/migrate.ts';
import type { Db } from '../adapters/db/sql.ts';
import { seedDemoData } from '../demo/seed.ts';
import { deriveKeys } from '../security/keys.ts';
import { createPiiCipher } from '../security/pii.ts';
import { freshDatabase, type DbKind } from '../../test/support/databases.ts';
import { TestClock, TEST_KEY } from '../../test/support/harness.ts';
import { HttpClient, startServer, stopServer, type Server } from './crash-support.ts';
import { withoutPointsOnFile } from '../modules/applications/test-support.ts';

/**
 * Architecture principle 3 against the real process: a decision commits its
 * state and its SMS; the server is killed (-9) before the worker delivers;
 * after a restart every message is delivered exactly once.
 */
const KEY_ENV = { JIFEN_DATA_KEY: TEST_KEY.toString('base64'), DEMO_DATA: 'off' };

async function prepare(db: Db): Promise<string> {
  await runMigrations(db);
  // Seeded on today's date, the day the servers below run on (the demo permits are dated from it, issue 17's L-5 gate).
  await seedDemoData({
    db,
    clock: new TestClock(new Date().toISOString()),
    pii: createPiiCipher(deriveKeys(TEST_KEY)),
  });
  const holder = await db.one<{ id: string; employer_id: string }>(
    "SELECT id, employer_id FROM holders WHERE name = '李明'",
  );
  const hr = await db.one<{ id: string }>("SELECT id FROM users WHERE username = 'hr.acme'");
  // A first application (L-4): for a holder whose points jifen has no record of.
  await withoutPointsOnFile(db, holder.id);
  const id = randomUUID();
  await db.query(
    `INSERT INTO applications (id, holder_id, employer_id, kind, state, sla_due, created_by, created_at, updated_at, idempotency_key)
     VALUES ($1, $2, $3, 'first_application', 'under_review', CURRENT_DATE + 20, $4, now(), now(), $5)`,
    [id, holder.id, holder.employer_id, hr.id, `crash-${id}`],
  );
  return id;
}

const deliveredLines = (servers: Server[], outboxId: string) =>
  servers
    .flatMap((s) => s.output.join('').split('\n'))
    .filter((l) => l.includes('"sms":"delivered"') && l.includes(outboxId)).length;

describe.each(['pglite', 'postgres'] as DbKind[])('outbox after kill -9 (%s)', (kind) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('delivers every SMS exactly once and keeps the state change', async () => {
    let env: Record<string, string>;
    let appId: string;
    if (kind === 'pglite') {
      const dir = mkdtempSync(path.join(tmpdir(), 'jifen-crash-'));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      const db = await openDatabase({ kind: 'pglite', dir: path.join(dir, 'pglite') });
      appId = await prepare(db);
      await db.close();
      env = { ...KEY_ENV, DATA_DIR: dir };
    } else {
      const fresh = await freshDatabase('postgres');
      cleanups.push(() => fresh.drop());
      appId = await prepare(fresh.db);
      env = { ...KEY_ENV, DATABASE_URL: fresh.url! };
    }

    const first = await startServer({ ...env, OUTBOX_DELIVERY_DELAY_MS: '600000', OUTBOX_POLL_MS: '100' });
    cleanups.push(() => stopServer(first, 'SIGKILL'));
    const reviewer = new HttpClient(first.url);
    await reviewer.login('reviewer.pd');
    const res = await reviewer.request('POST', `/api/v1/applications/${appId}/actions/approve`, { expectedVersion: 1 });
    expect(res.status, JSON.stringify(res.json())).toBe(200);
    const holder = new HttpClient(first.url);
    await holder.login('holder.li');
    // The approval's SMS (the daily sweep may also have queued reminders for holder.li, issue #13).
    const ofApplication = (body: unknown) =>
      (body as { messages: { id: string; status: string; applicationId: string | null }[] }).messages.filter(
        (m) => m.applicationId === appId,
      );
    const before = ofApplication((await holder.request('GET', '/api/v1/me/sms')).json());
    expect(before.map((m) => m.status)).toEqual(['pending']);
    const outboxId = before[0]!.id;
    await stopServer(first, 'SIGKILL');

    const second = await startServer({ ...env, OUTBOX_DELIVERY_DELAY_MS: '0', OUTBOX_POLL_MS: '100' });
    cleanups.push(() => stopServer(second, 'SIGKILL'));
    const holder2 = new HttpClient(second.url);
    await holder2.login('holder.li');
    let status = '';
    for (let i = 0; i < 100 && status !== 'delivered'; i++) {
      status = ofApplication((await holder2.request('GET', '/api/v1/me/sms')).json())[0]?.status ?? '';
      if (status !== 'delivered') await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe('delivered');
    const app = (await holder2.request('GET', `/api/v1/applications/${appId}`)).json() as {
      application: { state: string };
    };
    expect(app.application.state).toBe('approved');
    await new Promise((r) => setTimeout(r, 500));
    await stopServer(second, 'SIGTERM');
    expect(deliveredLines([first, second], outboxId)).toBe(1);
  }, 240_000);
});
