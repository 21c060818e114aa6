// Composition root: config -> database -> migrations -> demo data -> app -> listen.
// Tracing starts first, before any module loads pg (observability/tracing-preload.ts).
import { tracing } from './observability/tracing-preload.ts';
import { setFlagsFromString } from 'node:v8';
import { openDatabase, type DatabaseTarget } from './adapters/db/open.ts';
import { buildApp } from './app.ts';
import { clockStartingOn, systemClock } from './clock.ts';
import { loadConfig } from './config.ts';
import { DEMO_PASSWORD } from './demo/seed.ts';
import { isNewEmbeddedDatabase, prepareDatabase, prepareInChildProcess } from './startup/prepare-database.ts';
import { deriveKeys, loadOrCreateDevKey } from './security/keys.ts';
import { createPiiCipher } from './security/pii.ts';
import { createLogSmsSender } from './adapters/sms/sms-sender.ts';
import { loadOrCreateNoticeKey } from './modules/notices/notice-key.ts';
import { startOutboxRunner } from './jobs/outbox-runner.ts';
import { DEFAULT_RETRY } from './jobs/outbox-worker.ts';
import { alertPendingData } from './jobs/pending-data-alert.ts';
import { alertSweepPending, sweepNow } from './jobs/lifecycle-sweep.ts';
import { clusterEventsFor } from './adapters/db/cluster-events.ts';
import { startLeadership } from './jobs/leader.ts';
import { runScheduledWorkWhileLeading } from './jobs/scheduled-work.ts';
import { createLivePolicy } from './policy/live-policy.ts';
import { revokeNotice } from './modules/notices/notices.service.ts';
import { reloadPolicyData } from './modules/policy-data/policy-data.service.ts';
import { startAuditCheckpoints } from './jobs/audit-checkpoint-runner.ts';
import { checkpointDatabaseId } from './modules/audit/checkpoint-file.ts';
import { countingSmsSender, createMetrics } from './observability/metrics.ts';
import { tracedSmsSender, withSpan } from './observability/tracing.ts';

async function main(): Promise<void> {
  const loaded = loadConfig();
  if (!loaded.ok) {
    process.stderr.write(`jifen: the configuration is invalid:\n${loaded.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    process.exit(1);
  }
  const config = loaded.config;

  let dataKey = config.dataKey;
  if (!dataKey) {
    const dev = loadOrCreateDevKey(config.dataDir);
    dataKey = dev.key;
    process.stderr.write(
      `\n!!! WARNING: JIFEN_DATA_KEY is not set. Personal data is encrypted with a DEVELOPMENT key ${dev.created ? 'generated now' : 'read'} at\n!!!   ${dev.file}\n!!! Set JIFEN_DATA_KEY (32 bytes, base64) for any real data; losing the key loses the data.\n\n`,
    );
  }
  const keys = deriveKeys(dataKey);
  const clock = config.businessDate ? clockStartingOn(config.businessDate) : systemClock;
  if (config.businessDate) {
    process.stderr.write(
      `\n!!! BUSINESS_DATE=${config.businessDate}: this server's clock runs from that date, not today. For training and acceptance only.\n\n`,
    );
  }
  const pii = createPiiCipher(keys);

  const target: DatabaseTarget = config.databaseUrl
    ? { kind: 'postgres', url: config.databaseUrl }
    : { kind: 'pglite', dir: config.pgliteDir };
  // The first start creates, migrates and seeds the embedded database in a child process, so this one never
  // grows by that work (issue 20: idle under 300 MB); a later start (or an upgrade's migrations) prepares in-process.
  const first = isNewEmbeddedDatabase(target) ? await prepareInChildProcess() : { applied: [], demo: [] };
  if (target.kind === 'pglite') {
    // PGlite's ~9 MB of WebAssembly is compiled by V8's baseline compiler only: its optimising tier recompiles
    // hot functions in the background and left ~45 MB resident for good (issue 20; bench/idle-memory.bench.ts).
    // A loop of small queries and short scans on the demo data took the same time either way, within the noise
    // of two shared cores. Set before the module is compiled (openDatabase).
    setFlagsFromString('--liftoff-only');
  }
  let db = await openDatabase(target);
  const now = await prepareDatabase({ db, config, clock, pii });
  if (config.databaseReplicaUrl && !config.databaseUrl) {
    process.stderr.write(
      'jifen: DATABASE_REPLICA_URL needs DATABASE_URL (the primary); the embedded database has no replica\n',
    );
    process.exit(1);
  }
  const replica = config.databaseReplicaUrl
    ? await openDatabase({ kind: 'postgres', url: config.databaseReplicaUrl })
    : undefined;
  const applied = [...first.applied, ...now.applied];
  const demo = [...first.demo, ...now.demo];
  if (applied.length > 0) process.stdout.write(`jifen: migrations applied: ${applied.join(', ')}\n`);
  // PGlite's WebAssembly memory only grows: what migrating or seeding in this process grew stays resident.
  // Reopened, the same data idles like any later start (issue 20; bench/idle-memory.bench.ts).
  if (db.kind === 'pglite' && (now.applied.length > 0 || now.demo.length > 0)) {
    await db.close();
    db = await openDatabase(target);
  }

  const noticeKeys = loadOrCreateNoticeKey(config.noticeKeyFile);
  if (noticeKeys.created) {
    process.stdout.write(
      `jifen: points-notice signing key generated at ${config.noticeKeyFile} (public key beside it, .pub; published at /.well-known/jifen-notice-key)\n`,
    );
  }
  const metrics = createMetrics({ processMetrics: true });
  const events = await clusterEventsFor(db, (msg, extra) =>
    process.stderr.write(`jifen: ${msg} ${JSON.stringify(extra ?? {})}\n`),
  );
  // One policy for the app and the scheduled work beside it: a publication reloads both.
  const policy = createLivePolicy();
  const app = await buildApp({
    metrics,
    policy,
    ...(tracing ? { tracingPlugin: tracing.fastifyPlugin } : {}),
    events,
    ...(replica ? { replica } : {}),
    config,
    noticeKeys,
    db,
    clock,
    pii,
    cookieSecret: keys.cookie,
    sessionIdleMinutes: config.sessionIdleMinutes,
  });
  const address = await app.listen({ port: config.port, host: config.host });

  const where = db.kind === 'pglite' ? `embedded PGlite at ${config.pgliteDir}` : 'PostgreSQL (DATABASE_URL)';
  const lines = [`jifen 积分 is listening on ${address}  (database: ${where})`, `API docs: ${address}/api/docs`];
  if (db.kind === 'pglite') {
    // Issue 21 item 7: the embedded database is one process's folder; a second instance would need PostgreSQL.
    lines.push(
      '单实例模式：内嵌数据库（PGlite）只供这一个进程使用，不能多实例共享；多实例请设置 DATABASE_URL 使用 PostgreSQL（见 README 的 Production 一节）。',
      'One instance only: the embedded database (PGlite) belongs to this one process and cannot be shared; for several instances set DATABASE_URL to PostgreSQL (README "Production").',
    );
  }
  if (config.tracing)
    lines.push(`Traces: OTLP/HTTP to ${config.tracing.endpoint}/v1/traces as ${config.tracing.serviceName}`);
  if (demo.length > 0) {
    lines.push(`Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const a of demo) lines.push(`  ${a.username.padEnd(12)} ${a.role.padEnd(11)} ${a.note}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);

  const sweepDeps = { db, clock, pii, policySet: policy.set, revokeNotice };
  const sweepLog = (msg: string, extra?: Record<string, unknown>) => app.log.info(extra ?? {}, msg);
  // Aliyun's SDK (~36 MB resident) is loaded only when it sends: the embedded default logs its SMS (issue 20).
  const sender = config.sms.aliyun
    ? (await import('./adapters/sms/aliyun-sms-sender.ts')).createAliyunSmsSender(config.sms.aliyun)
    : createLogSmsSender((line) => process.stdout.write(`${line}\n`));
  const outbox = await startOutboxRunner(
    {
      db,
      clock,
      pii,
      sender: tracedSmsSender(countingSmsSender(sender, metrics)),
      delayMs: config.outboxDeliveryDelayMs,
      maxAttempts: config.sms.maxAttempts,
      retry: { ...DEFAULT_RETRY, baseMs: config.sms.retryBaseMs },
    },
    {
      pollMs: config.outboxPollMs,
      pgBoss: true,
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
      log: (msg, extra) => app.log.error(extra ?? {}, msg),
    },
  );

  // Issue 21: scheduled work (the sweep and its digests, audit checkpoints and head, alerts) runs on one
  // leader among the instances; another takes over within a second or two when it dies.
  const leadership = await startLeadership(db, { log: (msg) => app.log.info({}, msg) });
  // A publication reaches this instance by a NOTIFY at once; this reload is the fallback for a lost one.
  const policyTimer = setInterval(
    () =>
      reloadPolicyData(db, policy).catch((error: unknown) =>
        app.log.error({ err: error }, 'policy data refresh failed'),
      ),
    60_000,
  );
  policyTimer.unref();
  const scheduled = runScheduledWorkWhileLeading(leadership, events, {
    sweep: () =>
      withSpan('lifecycle.sweep', () => sweepNow(sweepDeps, sweepLog)).then(() => alertSweepPending(db, clock)),
    alerts: () => alertPendingData(db, clock),
    log: (level, msg, extra) => app.log[level](extra ?? {}, msg),
    startCheckpoints: () => {
      const checkpoints = startAuditCheckpoints({
        db,
        clock,
        ...config.auditCheckpoint,
        databaseId: config.auditCheckpoint.databaseId ?? checkpointDatabaseId(config.databaseUrl, config.pgliteDir),
        log: (level, msg, extra) => app.log[level](extra ?? {}, msg),
      });
      if (checkpoints.keyCreated) {
        process.stdout.write(
          `jifen: audit checkpoint key generated at ${config.auditCheckpoint.keyFile} (public key beside it, .pub); keep a copy of the .pub elsewhere\n`,
        );
      }
      return checkpoints;
    },
  });

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    clearInterval(policyTimer);
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    outbox
      .stop()
      .then(() => scheduled.stop())
      .then(() => leadership.stop())
      .then(() => app.close())
      .then(() => events.close())
      .then(() => replica?.close())
      .then(() => db.close())
      .then(() => tracing?.shutdown())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        process.stderr.write(`jifen: shutdown failed: ${String(error)}\n`);
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `jifen: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
