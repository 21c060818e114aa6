/**
 * Shapes of the API taken from the generated OpenAPI types (issue 23), so a
 * page's types follow the server's zod contracts and cannot drift: when a
 * contract changes, the generated file changes (a test fails until it is
 * regenerated) and every page that reads a removed field stops compiling.
 */
import type { paths } from './generated/openapi.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body of a route's answer, e.g. `ResponseOf<'/api/v1/applications', 'get'>`. */
export type ResponseOf<P extends keyof paths, M extends Method, S extends number = 200> =
  paths[P] extends Record<M, { responses: infer R }> ? (S extends keyof R ? JsonOf<R[S]> : never) : never;

/** The JSON body a route takes, e.g. `RequestOf<'/api/v1/applications', 'post'>`. */
export type RequestOf<P extends keyof paths, M extends Method> =
  paths[P] extends Record<M, { requestBody?: infer B }> ? JsonOf<NonNullable<B>> : never;
