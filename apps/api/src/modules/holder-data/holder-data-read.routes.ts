import { claimsResponse, idParams, recordsResponse } from '@jifen/contracts';
import { actorOf, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { getClaims, getOwnClaims } from './holder-data.service.ts';
import { getRecords } from './records.service.ts';

/** Reads of claims and records: holder self, HR of the employer, reviewer of the district (audited, PI-1). */
export function registerHolderDataReadRoutes(app: App, deps: ModuleDeps): void {
  app.get(
    '/api/v1/holders/:id/claims',
    {
      config: { access: only('holder', 'hr', 'reviewer') },
      schema: { tags: ['claims'], params: idParams, response: { 200: claimsResponse } },
    },
    async (req) => ({ claims: await getClaims(deps, requireUser(req), actorOf(req), req.params.id) }),
  );
  // The holder's own claims, as HR declared or they saved them: read them before confirming (R-3 step 3).
  app.get(
    '/api/v1/me/claims',
    { config: { access: only('holder') }, schema: { tags: ['claims'], response: { 200: claimsResponse } } },
    async (req) => ({ claims: await getOwnClaims(deps, requireUser(req), actorOf(req)) }),
  );
  app.get(
    '/api/v1/holders/:id/records',
    {
      config: { access: only('holder', 'hr', 'reviewer') },
      schema: { tags: ['records'], params: idParams, response: { 200: recordsResponse } },
    },
    async (req) => ({ records: await getRecords(deps, requireUser(req), actorOf(req), req.params.id) }),
  );
}
