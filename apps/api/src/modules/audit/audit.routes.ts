import { auditResponse, auditVerifyResponse, listAuditQuery } from '@jifen/contracts';
import { only } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { listAudit, verifyAuditChain } from './audit.service.ts';

export function registerAuditRoutes(app: App, deps: ModuleDeps): void {
  app.get(
    '/api/v1/audit',
    {
      config: { access: only('admin') },
      schema: { tags: ['audit'], querystring: listAuditQuery, response: { 200: auditResponse } },
    },
    async (req) => listAudit(deps.db, req.query),
  );
  app.get(
    '/api/v1/audit/verify',
    { config: { access: only('admin') }, schema: { tags: ['audit'], response: { 200: auditVerifyResponse } } },
    async () => verifyAuditChain(deps.db),
  );
}
