import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyPluginCallback,
  type FastifyReply,
  type FastifyRequest,
  type FastifySchema,
} from 'fastify';
import type { DestinationStream, Logger } from 'pino';
import { randomUUID } from 'node:crypto';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Access } from './access.ts';
import type { Config } from './config.ts';
import type { App, ModuleDeps } from './deps.ts';
import { createLogger, logAnsweredRequest } from './logger.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerDocs } from './plugins/docs.ts';
import { registerErrorHandling, sendError } from './plugins/errors.ts';
import { registerHealth } from './plugins/health.ts';
import { registerJsonParser } from './plugins/json-depth.ts';
import { countResponse, registerMetrics } from './plugins/metrics.ts';
import { clientErrorHandler } from './plugins/client-errors.ts';
import { createMetrics, type Metrics } from './observability/metrics.ts';
import { apiHeadersFor, registerSecurity } from './plugins/security.ts';
import { zodSerializerCompiler, zodValidatorCompiler } from './plugins/validation.ts';
import { registerWeb } from './plugins/web.ts';
import { registerReadReplica } from './plugins/read-replica.ts';
import type { Db } from './adapters/db/sql.ts';
import { registerAuditRoutes } from './modules/audit/audit.routes.ts';
import { registerAuthRoutes } from './modules/auth/auth.routes.ts';
import { createSessionCache, type SessionCache } from './modules/auth/session-cache.ts';
import { createLivePolicy, type LivePolicy } from './policy/live-policy.ts';
import { clusterEventsFor } from './adapters/db/cluster-events.ts';
import { reloadPolicyData } from './modules/policy-data/policy-data.service.ts';
import { registerEmployerRoutes } from './modules/employers/employers.routes.ts';
import { registerHolderRoutes } from './modules/holders/holders.routes.ts';
import { registerReferenceRoutes } from './modules/reference/reference.routes.ts';
import { registerUserRoutes } from './modules/users/users.routes.ts';
import { registerAssessmentRoutes } from './modules/assessments/assessments.routes.ts';
import { registerPointsRecordRoutes } from './modules/points-records/points-records.routes.ts';
import { registerConsultationRoutes } from './modules/consultations/consultations.routes.ts';
import { startPurgeJob } from './jobs/consultation-retention.ts';
import { registerPermitRoutes } from './modules/permits/permits.routes.ts';
import { registerHolderDataRoutes } from './modules/holder-data/holder-data.routes.ts';
import { registerApplicationRoutes } from './modules/applications/applications.routes.ts';
import { registerNotificationRoutes } from './modules/notifications/notifications.routes.ts';
import { registerVisitRoutes } from './modules/visits/visits.routes.ts';
import { registerPolicyDataRoutes } from './modules/policy-data/policy-data.routes.ts';
import { preparePolicyData } from './modules/policy-data/policy-data.service.ts';
import { registerHolderActivationRoutes } from './modules/holder-activation/activation.routes.ts';
import { registerOnlineConsultRoutes } from './modules/online-consult/online-consult.routes.ts';
import { registerNoticeRoutes } from './modules/notices/notices.routes.ts';
import { registerSmsAdminRoutes } from './modules/sms-outbox/sms-outbox.routes.ts';
import { registerRosterRoutes } from './modules/roster/roster.routes.ts';
import { registerReviewRoutes } from './modules/review/review.routes.ts';
import { registerTransferRoutes } from './modules/transfers/transfers.routes.ts';
import { requestTransfer } from './modules/transfers/transfer-request.service.ts';

export type AppConfig = Pick<
  Config,
  'logLevel' | 'webDist' | 'secureCookies' | 'trustProxy' | 'rateLimitMax' | 'loginRateLimitMax' | 'bodyLimit'
> &
  Partial<
    Pick<Config, 'consultationRetentionDays' | 'transferRequestsPerDay' | 'metricsToken' | 'rateLimitAddressPeople'>
  >;

export interface AppDeps extends Omit<ModuleDeps, 'sessionCache' | 'policy'> {
  /** Made here when not given. */
  sessionCache?: SessionCache;
  /** The app's live policy data; made here when not given (main.ts shares its own with the scheduled jobs). */
  policy?: LivePolicy;
  config: AppConfig;
  /** Derived from the data key; signs the session and CSRF cookies. */
  cookieSecret: Buffer;
  /** A streaming replica for lists and reports (DATABASE_REPLICA_URL); read-your-writes per browser. */
  replica?: Db;
  /** Where log lines go (tests capture them); stdout by default. */
  logStream?: DestinationStream;
  /** The process's Prometheus metrics (main.ts shares them with the SMS sender); made here when not given. */
  metrics?: Metrics;
  /** OpenTelemetry's request spans (observability/tracing.ts), when tracing is configured. */
  tracingPlugin?: FastifyPluginCallback;
  /** Called for every route as it is added (the access matrix test lists them). */
  onRoute?: (route: RouteInfo) => void;
}

export interface RouteInfo {
  method: string | string[];
  url: string;
  access: Access | undefined;
  has: { body: boolean; params: boolean; querystring: boolean };
  /** The route's zod schemas (the route fuzz test generates requests from them). */
  schema: FastifySchema | undefined;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Fastify takes a list of addresses as it is; a number it takes as "trust
 * nothing" (fail closed), so a hop count becomes the function proxy-addr
 * understands: the socket's peer and the next n-1 entries from the right of
 * X-Forwarded-For are proxies, the entry before them is the client (issue 18 item 3).
 */
function trustProxyOption(
  trust: AppConfig['trustProxy'],
): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust !== 'number') return trust;
  return (_address, hop) => hop < trust;
}

/** The one line each answered request leaves in the log. */
function logCompleted(req: FastifyRequest, reply: FastifyReply): void {
  logAnsweredRequest(reply.log as Logger, {
    method: req.method,
    url: req.url,
    ip: req.ip,
    statusCode: reply.statusCode,
    responseTime: reply.elapsedTime,
  });
}

/** Builds the whole HTTP app; never listens (main.ts does, tests use inject). */
export async function buildApp(given: AppDeps): Promise<FastifyInstance> {
  // Another instance's revocation or publication reaches this one at once (issue 21 item 3).
  const events = given.events ?? (await clusterEventsFor(given.db));
  const deps = {
    ...given,
    events,
    policy: given.policy ?? createLivePolicy(),
    sessionCache: given.sessionCache ?? createSessionCache(5_000, 10_000, events),
    metrics: given.metrics ?? createMetrics(),
    transferRequestsPerDay: given.transferRequestsPerDay ?? given.config.transferRequestsPerDay,
  };
  const { config } = deps;
  const apiHeaders = apiHeadersFor(config.secureCookies);
  const stopPolicyReload = events.on('policy', () => {
    reloadPolicyData(deps.db, deps.policy).catch((error: unknown) =>
      fastify.log.error({ err: error }, 'policy data reload failed'),
    );
  });
  // The engine runs on the published policy data of this database (shipped files load into a fresh one).
  await preparePolicyData(deps.db, deps.policy, deps.clock.now());
  const logger = createLogger(config.logLevel, deps.logStream) as FastifyBaseLogger;
  const fastify = Fastify({
    loggerInstance: logger,
    bodyLimit: config.bodyLimit,
    trustProxy: trustProxyOption(config.trustProxy),
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // 1000, not Fastify's 100: a points notice's signed code (/api/v1/public/notices/:code, ~300 characters) is one parameter.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 1000 },
    // A path the router cannot decode (a bad percent-encoding) is refused
    // before any route or hook runs: this reply gets by hand what every other
    // one gets from the hooks below (the API headers, the request id, the one
    // log line and the count in the metrics) and the same coded error body.
    frameworkErrors: (error, req, reply) => {
      reply.headers(apiHeaders).header('x-request-id', req.id);
      reply.raw.once('finish', () => {
        logCompleted(req, reply);
        countResponse(deps.metrics, req, reply);
      });
      return sendError(req, reply, error);
    },
    // A request Node's parser refused (bad header syntax, headers too large): the coded body too.
    clientErrorHandler: clientErrorHandler(logger, deps.metrics, apiHeaders),
    // One line per request (below) instead of Fastify's two: the same facts, half the log volume and cost.
    logController: new LogController({ disableRequestLogging: true }),
  });
  // First, so that every route and hook added after it runs inside the request's span.
  if (deps.tracingPlugin) await fastify.register(deps.tracingPlugin);
  const app: App = fastify.withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(zodSerializerCompiler);
  // JSON bodies nested deeper than 64 levels are a 400 before parsing (issue 18 item 5).
  registerJsonParser(app);
  if (deps.onRoute) {
    const collect = deps.onRoute;
    app.addHook('onRoute', (route) =>
      collect({
        method: route.method,
        url: route.url,
        access: route.config?.access,
        has: { body: !!route.schema?.body, params: !!route.schema?.params, querystring: !!route.schema?.querystring },
        schema: route.schema,
      }),
    );
  }
  let spaFallback: Parameters<typeof registerErrorHandling>[1] = () => false;
  registerErrorHandling(app, (req, reply) => (spaFallback ? spaFallback(req, reply) : false));
  // A callback hook: an async one costs a promise on every response.
  app.addHook('onSend', (req, reply, payload, done) => {
    reply.header('x-request-id', req.id);
    done(null, payload);
  });
  app.addHook('onResponse', (req, reply, done) => {
    logCompleted(req, reply);
    done();
  });

  await registerSecurity(app, {
    cookieSecret: deps.cookieSecret,
    secureCookies: config.secureCookies,
    rateLimitMax: config.rateLimitMax,
    addressPeople: config.rateLimitAddressPeople ?? 100,
    db: deps.db,
  });
  registerAuth(app, deps);
  registerReadReplica(app, deps.db, deps.replica, config.secureCookies);
  await registerDocs(app);
  registerHealth(app, deps.db);
  registerMetrics(app, {
    metrics: deps.metrics,
    db: deps.db,
    clock: deps.clock,
    policy: deps.policy,
    token: config.metricsToken,
  });

  registerAuthRoutes(app, deps, { secureCookies: config.secureCookies, loginRateLimitMax: config.loginRateLimitMax });
  registerReferenceRoutes(app, deps);
  registerEmployerRoutes(app, deps, { globalRateLimitMax: config.rateLimitMax });
  registerHolderRoutes(app, deps);
  registerPermitRoutes(app, deps);
  // Registration asks transfers for a holder employed elsewhere; passed in, as holder-data sits below transfers (issue 23).
  registerHolderDataRoutes(app, deps, { requestTransfer });
  registerUserRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerAssessmentRoutes(app, deps, { globalRateLimitMax: config.rateLimitMax });

  registerApplicationRoutes(app, deps);
  registerNotificationRoutes(app, deps);
  registerVisitRoutes(app, deps);
  registerPolicyDataRoutes(app, deps);
  registerHolderActivationRoutes(app, deps);
  registerConsultationRoutes(app, deps, {
    retentionDays: config.consultationRetentionDays ?? 90,
    globalRateLimitMax: config.rateLimitMax,
  });
  registerOnlineConsultRoutes(app, deps, {
    retentionDays: config.consultationRetentionDays ?? 90,
    globalRateLimitMax: config.rateLimitMax,
  });
  // PI-3: both consultation modules' retention, once at start and hourly.
  let retention: ReturnType<typeof startPurgeJob> | null = null;
  app.addHook('onReady', async () => {
    retention = startPurgeJob(deps, { retentionDays: config.consultationRetentionDays ?? 90 }, app.log);
  });
  app.addHook('onClose', async () => {
    await retention?.stop();
  });
  registerNoticeRoutes(app, deps);
  registerSmsAdminRoutes(app, deps);
  registerRosterRoutes(app, deps);
  registerPointsRecordRoutes(app, deps);
  registerReviewRoutes(app, deps);
  registerTransferRoutes(app, deps);

  spaFallback = await registerWeb(app, config.webDist);
  app.addHook('onClose', async () => {
    stopPolicyReload();
    if (!given.events) await events.close();
  });
  await app.ready();
  return app;
}
