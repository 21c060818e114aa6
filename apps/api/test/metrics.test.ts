import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmsSendError } from '../src/adapters/sms/sms-sender.ts';
import { countingSmsSender, createMetrics } from '../src/observability/metrics.ts';
import { Client } from './support/client.ts';
import { DB_KINDS } from './support/databases.ts';
import { startHarness, type Harness } from './support/harness.ts';

const TOKEN = 'metrics-token-for-the-test-0123';

/** One sample's value from the Prometheus text, by metric name and exact label set ('' for none). */
function sample(body: string, name: string, labels = ''): number | undefined {
  const line = body.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe.each(DB_KINDS)('/metrics (%s, issue 21 item 4)', (kind) => {
  let h: Harness;
  const scrape = async (authorization?: string) =>
    h.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });

  beforeAll(async () => {
    h = await startHarness(kind, { config: { metricsToken: TOKEN } });
  });
  afterAll(async () => h?.close());

  it('refuses a scrape without the Bearer token, with a wrong one, and a signed-in administrator', async () => {
    for (const res of [await scrape(), await scrape('Bearer wrong-token'), await scrape(TOKEN)]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: { code: 'AUTH.UNAUTHENTICATED' } });
      expect(res.body).toContain('METRICS_TOKEN');
    }
    const admin = await Client.signedIn(h.app, 'admin');
    expect((await admin.get('/metrics')).statusCode).toBe(401);
  });

  it('counts requests by route pattern, never by the raw URL', async () => {
    const hr = await Client.signedIn(h.app, 'hr.acme');
    const { id } = await h.db.one<{ id: string }>(
      "SELECT a.id FROM applications a JOIN employers e ON e.id = a.employer_id WHERE e.name LIKE '%示例%' LIMIT 1",
    );
    expect((await hr.get(`/api/v1/applications/${id}`)).statusCode).toBe(200);
    expect((await hr.get('/api/v1/no-such-area/12345')).statusCode).toBe(404);
    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const byId = 'method="GET",route="/api/v1/applications/:id",status_code="200"';
    expect(sample(res.body, 'jifen_http_requests_total', byId)).toBe(1);
    expect(sample(res.body, 'jifen_http_request_duration_seconds_count', byId)).toBe(1);
    expect(sample(res.body, 'jifen_http_requests_total', 'method="GET",route="(unmatched)",status_code="404"')).toBe(1);
    expect(res.body).not.toContain(id);
    expect(res.body).not.toContain('no-such-area');
  });

  it('reports the pool, the outbox, failed SMS, the sweep lag and the reviews by SLA as the database has them', async () => {
    const body = (await scrape(`Bearer ${TOKEN}`)).body;
    expect(sample(body, 'jifen_metrics_database_up')).toBe(1);
    expect(sample(body, 'jifen_db_pool_max')).toBeGreaterThan(0);
    expect(sample(body, 'jifen_db_pool_connections', 'state="total"')).toBeGreaterThanOrEqual(1);

    const open = await h.db.one<{ n: string }>(
      "SELECT count(*) AS n FROM outbox WHERE channel = 'sms' AND status IN ('pending', 'delivering')",
    );
    expect(sample(body, 'jifen_outbox_depth', 'channel="sms"')).toBe(Number(open.n));
    const failed = await h.db.one<{ n: string }>(
      "SELECT count(*) AS n FROM outbox WHERE channel = 'sms' AND status = 'failed'",
    );
    expect(Number(failed.n)).toBeGreaterThan(0); // the demo data has failed SMS for administrators to resend
    expect(sample(body, 'jifen_sms_failed_messages')).toBe(Number(failed.n));
    expect(sample(body, 'jifen_outbox_oldest_age_seconds', 'channel="sms"')).toBeGreaterThanOrEqual(0);

    const underReview = await h.db.one<{ n: string }>(
      "SELECT count(*) AS n FROM applications WHERE state = 'under_review'",
    );
    const bySla = ['on_track', 'at_risk', 'breached', 'pending'].map(
      (sla) => sample(body, 'jifen_reviews_under_review', `sla="${sla}"`) ?? Number.NaN,
    );
    expect(bySla.reduce((a, b) => a + b, 0)).toBe(Number(underReview.n));
    expect(sample(body, 'jifen_sweep_lag_days')).toBeGreaterThanOrEqual(0);
  });
});

describe('SMS provider refusals (issue 21 item 4)', () => {
  it('are counted as transient or permanent and passed on to the outbox unchanged', async () => {
    const metrics = createMetrics();
    const refusals = [new SmsSendError('isv.MOBILE_NUMBER_ILLEGAL', 'bad number', false), new Error('socket hang up')];
    const sender = countingSmsSender(
      {
        name: 'fake',
        send: async () => {
          throw refusals.shift();
        },
      },
      metrics,
    );
    const message = { id: 'm1', mobile: '13800000000', text: 't', template: 'approved', params: {} };
    await expect(sender.send(message)).rejects.toThrow('MOBILE_NUMBER_ILLEGAL');
    await expect(sender.send(message)).rejects.toThrow('socket hang up');
    const body = await metrics.registry.metrics();
    expect(sample(body, 'jifen_sms_send_failures_total', 'kind="permanent"')).toBe(1);
    expect(sample(body, 'jifen_sms_send_failures_total', 'kind="transient"')).toBe(1);
  });
});
