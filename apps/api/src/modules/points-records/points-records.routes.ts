import { idParams, pointsRecordResponse } from '@jifen/contracts';
import { only, requireUser } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { requestLang } from '../../plugins/errors.ts';
import { getPointsRecord } from './points-records.service.ts';

/** Issue 13: the points record with its lifecycle history and reminders. */
export function registerPointsRecordRoutes(app: App, deps: ModuleDeps): void {
  app.get(
    '/api/v1/points-records/mine',
    {
      config: { access: only('holder') },
      schema: { tags: ['points-records'], response: { 200: pointsRecordResponse } },
    },
    async (req) => getPointsRecord(deps, requireUser(req), 'mine', requestLang(req)),
  );
  app.get(
    '/api/v1/holders/:id/points-record',
    {
      config: { access: only('holder', 'hr', 'clerk', 'reviewer', 'admin') },
      schema: { tags: ['points-records'], params: idParams, response: { 200: pointsRecordResponse } },
    },
    async (req) => getPointsRecord(deps, requireUser(req), req.params.id, requestLang(req)),
  );
}
