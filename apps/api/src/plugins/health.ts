import type { FastifyInstance } from 'fastify';
import type { Db } from '../adapters/db/sql.ts';
import { pendingMigrations } from '../adapters/db/migrate.ts';

/** /healthz: the process answers. /readyz: the database answers and the schema is current. */
export function registerHealth(app: FastifyInstance, db: Db): void {
  app.get('/healthz', { config: { rateLimit: false }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { rateLimit: false }, schema: { hide: true } }, async (_req, reply) => {
    try {
      const pending = await pendingMigrations(db);
      if (pending.length > 0) return reply.code(503).send({ status: 'migrating', pending });
      return { status: 'ready', database: db.kind };
    } catch {
      return reply.code(503).send({ status: 'database unreachable' });
    }
  });
}
