import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { SmsSendError, type OutgoingSms, type SmsSender } from '../adapters/sms/sms-sender.ts';

/**
 * The Prometheus metrics of one server process (issue 21 item 4), in a
 * registry of its own (tests build many apps in one process). Request rate
 * and latency are labelled by the route pattern (`/api/v1/applications/:id`),
 * never the raw URL, so a scan of made-up paths cannot grow the series
 * without bound: everything unmatched is one `(unmatched)` series. The
 * database gauges (outbox, SMS failures, sweep lag, reviews at risk) are read
 * at scrape time from the shared database: every instance reports the same
 * values, so dashboards take max() over instances, not sum().
 */
export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status_code'>;
  requestSeconds: Histogram<'method' | 'route' | 'status_code'>;
  poolConnections: Gauge<'state'>;
  poolMax: Gauge;
  outboxDepth: Gauge<'channel'>;
  outboxOldestSeconds: Gauge<'channel'>;
  smsFailedMessages: Gauge;
  smsSendFailures: Counter<'kind'>;
  sweepLagDays: Gauge;
  sweepLastFinishedSeconds: Gauge;
  reviews: Gauge<'sla'>;
  scrapeDatabaseUp: Gauge;
}

export const UNMATCHED_ROUTE = '(unmatched)';

export function createMetrics(options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'jifen_' });
  const registers = [registry];
  return {
    registry,
    requests: new Counter({
      name: 'jifen_http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status code',
      labelNames: ['method', 'route', 'status_code'],
      registers,
    }),
    requestSeconds: new Histogram({
      name: 'jifen_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method, route pattern and status code',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    poolConnections: new Gauge({
      name: 'jifen_db_pool_connections',
      help: "Database pool connections of this instance: total, idle, and callers waiting for one ('waiting')",
      labelNames: ['state'],
      registers,
    }),
    poolMax: new Gauge({ name: 'jifen_db_pool_max', help: 'Largest size of the database pool', registers }),
    outboxDepth: new Gauge({
      name: 'jifen_outbox_depth',
      help: 'Outbox messages not yet delivered (pending or being delivered), by channel',
      labelNames: ['channel'],
      registers,
    }),
    outboxOldestSeconds: new Gauge({
      name: 'jifen_outbox_oldest_age_seconds',
      help: 'Age of the oldest undelivered outbox message, by channel (0 when none)',
      labelNames: ['channel'],
      registers,
    }),
    smsFailedMessages: new Gauge({
      name: 'jifen_sms_failed_messages',
      help: 'SMS that failed for good and wait for an administrator to resend (/admin/sms)',
      registers,
    }),
    smsSendFailures: new Counter({
      name: 'jifen_sms_send_failures_total',
      help: "SMS provider refusals seen by this instance: 'transient' (retried with backoff) or 'permanent'",
      labelNames: ['kind'],
      registers,
    }),
    sweepLagDays: new Gauge({
      name: 'jifen_sweep_lag_days',
      help: "Days between today (Shanghai) and the last day the lifecycle sweep finished (0: today's sweep ran)",
      registers,
    }),
    sweepLastFinishedSeconds: new Gauge({
      name: 'jifen_sweep_last_finished_timestamp_seconds',
      help: 'When the lifecycle sweep last finished (Unix time; 0 when never)',
      registers,
    }),
    reviews: new Gauge({
      name: 'jifen_reviews_under_review',
      help: 'Applications under review by SLA status (R-3): on_track, at_risk, breached, pending (a due date waiting for a calendar)',
      labelNames: ['sla'],
      registers,
    }),
    scrapeDatabaseUp: new Gauge({
      name: 'jifen_metrics_database_up',
      help: '1 when the database gauges of this scrape were read, 0 when the database did not answer',
      registers,
    }),
  };
}

/** Counts the provider's refusals (retried or not) on the way through; the outbox decides what happens next. */
export function countingSmsSender(sender: SmsSender, metrics: Metrics): SmsSender {
  return {
    name: sender.name,
    async send(message: OutgoingSms) {
      try {
        await sender.send(message);
      } catch (error) {
        const kind = error instanceof SmsSendError && !error.transient ? 'permanent' : 'transient';
        metrics.smsSendFailures.inc({ kind });
        throw error;
      }
    },
  };
}
