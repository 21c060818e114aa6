import { holderResponse, holdersResponse, idParams, revealRequest, revealResponse } from '@jifen/contracts';
import { actorOf, only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { getHolder, getOwnHolder, listHolders, revealField } from './holders.service.ts';

export function registerHolderRoutes(app: App, deps: ModuleDeps): void {
  app.get(
    '/api/v1/holders',
    {
      config: { access: only('hr', 'reviewer', 'admin') },
      schema: { tags: ['holders'], response: { 200: holdersResponse } },
    },
    async (req) => ({ holders: await listHolders(deps, requireUser(req)) }),
  );
  app.get(
    '/api/v1/holders/:id',
    {
      config: { access: only('hr', 'reviewer', 'admin', 'holder') },
      schema: { tags: ['holders'], params: idParams, response: { 200: holderResponse } },
    },
    async (req) => ({ holder: await getHolder(deps, requireUser(req), req.params.id) }),
  );
  app.get(
    '/api/v1/me/holder',
    { config: { access: only('holder') }, schema: { tags: ['holders'], response: { 200: holderResponse } } },
    async (req) => ({ holder: await getOwnHolder(deps, requireUser(req)) }),
  );
  app.post(
    '/api/v1/holders/:id/reveal',
    {
      config: { access: only('hr', 'reviewer', 'admin', 'holder') },
      schema: { tags: ['holders'], params: idParams, body: revealRequest, response: { 200: revealResponse } },
    },
    async (req) => revealField(deps, requireUser(req), actorOf(req), req.params.id, req.body),
  );
}
