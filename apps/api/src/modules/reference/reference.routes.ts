import { districtsResponse, type DistrictsResponse } from '@jifen/contracts';
import { anyone } from '../../access.ts';
import type { App, ModuleDeps } from '../../deps.ts';
import { listDistrictsWithCentres } from './reference.repository.ts';

export function registerReferenceRoutes(app: App, deps: ModuleDeps): void {
  app.get(
    '/api/v1/districts',
    { config: { access: anyone }, schema: { tags: ['reference'], response: { 200: districtsResponse } } },
    async (): Promise<DistrictsResponse> => ({ districts: await listDistrictsWithCentres(deps.db) }),
  );
}
