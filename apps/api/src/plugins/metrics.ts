import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { msg } from '@jifen/messages';
import type { Db } from '../adapters/db/sql.ts';
import type { Clock } from '../clock.ts';
import type { LivePolicy } from '../policy/live-policy.ts';
import { fail } from '../errors.ts';
import { readDatabaseGauges } from '../observability/metrics-db.ts';
import { UNMATCHED_ROUTE, type Metrics } from '../observability/metrics.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/** One answered request in the rate and latency series, by its route pattern (never the raw URL). */
export function countResponse(metrics: Metrics, req: FastifyRequest, reply: FastifyReply): void {
  const labels = {
    method: req.method,
    route: req.routeOptions.url ?? UNMATCHED_ROUTE,
    status_code: String(reply.statusCode),
  };
  metrics.requests.inc(labels);
  metrics.requestSeconds.observe(labels, reply.elapsedTime / 1000);
}

/**
 * Issue 21 item 4: request rate and latency per route pattern, and
 * `GET /metrics` for Prometheus. Not public: it answers only a scraper that
 * presents the bearer token METRICS_TOKEN (compared in constant time); with
 * no token configured it refuses everyone, and a signed-in session (even an
 * administrator's) does not open it. Behind nginx, /metrics is also not
 * proxied (deploy/nginx.conf): Prometheus scrapes each instance directly.
 */
export function registerMetrics(
  app: FastifyInstance,
  opts: { metrics: Metrics; db: Db; clock: Clock; policy: LivePolicy; token: string | undefined },
): void {
  const { metrics } = opts;
  app.addHook('onResponse', (req, reply, done) => {
    countResponse(metrics, req, reply);
    done();
  });

  const expected = opts.token ? sha256(opts.token) : undefined;
  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    if (!expected) {
      throw fail('AUTH.FORBIDDEN', msg('http.metricsOff'));
    }
    const header = req.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!given || !timingSafeEqual(sha256(given), expected)) {
      throw fail('AUTH.UNAUTHENTICATED', msg('http.metricsToken'));
    }
    await readDatabaseGauges(opts.db, opts.clock, opts.policy, metrics);
    return reply
      .header('cache-control', 'no-store')
      .type(metrics.registry.contentType)
      .send(await metrics.registry.metrics());
  });
}
