import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client.ts';
import { startHarness, type Harness } from './support/harness.ts';

describe('smoke (pglite)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('pglite');
  });
  afterAll(async () => h?.close());

  it('serves health, login, me and holders', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect((await h.app.inject({ method: 'GET', url: '/readyz' })).json()).toMatchObject({ status: 'ready' });
    const c = await Client.signedIn(h.app, 'hr.acme');
    const me = await c.get('/api/v1/auth/me');
    expect(me.json().user).toMatchObject({ username: 'hr.acme', role: 'hr' });
    const holders = await c.get('/api/v1/holders');
    expect(holders.statusCode).toBe(200);
    console.log(JSON.stringify(holders.json().holders.map((x: { name: string; lifecycle: unknown; residentId: string }) => [x.name, x.residentId, x.lifecycle])));
  });
});
