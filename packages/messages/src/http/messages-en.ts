import type { Translation } from '../types.ts';
import type { httpZh } from './messages-zh.ts';

/** http in English, key for key as the Chinese. */
export const httpEn: Translation<typeof httpZh> = {
  malformed: 'The request body is malformed (unparsable JSON)',
  tooLarge: 'The request body is too large',
  mediaType: 'Unsupported content type; send application/json',
  invalid: 'The request is invalid',
  csrf: 'Missing or invalid CSRF token; reload the page and try again',
  rate: 'Too many requests; try again later',
  internal: 'Internal server error; try again later',
  badRequest: 'The request cannot be processed',
  databaseDown:
    'The database is briefly unavailable (restarting or failing over); nothing was saved; try again in a few seconds',
  storageFull:
    'The data storage is full; nothing was saved and existing data is intact. Try again later; an administrator must add storage',
  noSuchEndpoint: 'No such endpoint',
  metricsOff: '/metrics is off: set METRICS_TOKEN and have Prometheus send it as a Bearer token',
  metricsToken: '/metrics needs the right Bearer token (METRICS_TOKEN) in the Authorization header',
  tooDeep: 'The request body is nested too deeply (at most {{maxJsonDepth}} levels); check the data sent',
};
