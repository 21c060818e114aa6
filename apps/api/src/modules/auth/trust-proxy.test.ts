import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '../../../test/support/client.ts';
import { startHarness, type Harness } from '../../../test/support/harness.ts';

/**
 * Issue 18 item 3: behind a proxy, the client's address is the one the proxy
 * appended to X-Forwarded-For (the rightmost untrusted entry), never the
 * leftmost, which the client writes itself: a client that invents a new
 * address on every request must not escape the sign-in lockout.
 */
const PROXY = '10.0.0.2';

describe.each([
  ['a hop count', 1 as const],
  ['a list of proxy addresses', [PROXY, '10.0.1.0/24']],
])('TRUST_PROXY as %s', (_label, trustProxy) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness('pglite', { config: { trustProxy } });
  }, 120_000);
  afterAll(async () => h?.close());

  /** What the proxy forwards: whatever the client wrote, then the address the proxy saw. */
  const viaProxy = (client: Client, spoofed: string, real: string, password: string) =>
    client.request('POST', '/api/v1/auth/login', {
      body: { username: 'admin', password },
      headers: { 'x-forwarded-for': `${spoofed}, ${real}` },
    });

  it('locks the real address however the client fills X-Forwarded-For', async () => {
    const attacker = new Client(h.app, PROXY);
    await attacker.fetchCsrf();
    const codes: number[] = [];
    for (let i = 0; i < 7; i++)
      codes.push((await viaProxy(attacker, `198.51.100.${i + 1}`, '203.0.113.66', 'wrong-Password-1')).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 423, 423, 423]);
    // Another real client behind the same proxy is not locked.
    const colleague = new Client(h.app, PROXY);
    await colleague.fetchCsrf();
    expect((await viaProxy(colleague, '203.0.113.66', '203.0.113.67', 'Demo@2026')).statusCode).toBe(200);
  });
});
