import type { LightMyRequestResponse } from 'fastify';
import type { Harness } from '../support/harness.ts';

/**
 * The access-control matrix's vocabulary. Each module's rows live in a file
 * of this folder and are merged in index.ts; a registered route without a
 * row fails access-matrix.test.ts.
 */
export const WHO = ['anonymous', 'holder', 'hr', 'clerk', 'reviewer', 'consultant', 'admin'] as const;
export type Who = (typeof WHO)[number];
export type Tenant = 'own' | 'other';
/** 'open': public, no auth involved (docs redirects, the "web not built" page): anything but 401/403/5xx. */
export type Outcome = 'ok' | 'open' | 401 | 403 | 404;
export type Row = Record<Who, Outcome | [own: Outcome, other: Outcome]>;

/** Demo accounts acting for each role; "own" tenant = their employer / district / record. */
export const USERNAME: Record<Exclude<Who, 'anonymous'>, string> = {
  holder: 'holder.li',
  hr: 'hr.acme',
  clerk: 'clerk.pd',
  reviewer: 'reviewer.pd',
  consultant: 'consultant',
  admin: 'admin',
};

export const everyone: Row = {
  anonymous: 'ok',
  holder: 'ok',
  hr: 'ok',
  clerk: 'ok',
  reviewer: 'ok',
  consultant: 'ok',
  admin: 'ok',
};
export const open: Row = {
  anonymous: 'open',
  holder: 'open',
  hr: 'open',
  clerk: 'open',
  reviewer: 'open',
  consultant: 'open',
  admin: 'open',
};
export const signedIn: Row = { ...everyone, anonymous: 401 };
export const adminOnly: Row = {
  anonymous: 401,
  holder: 403,
  hr: 403,
  clerk: 403,
  reviewer: 403,
  consultant: 403,
  admin: 'ok',
};
/** Only the given roles, everyone else 403, anonymous 401. */
export const onlyRoles = (...roles: Exclude<Who, 'anonymous'>[]): Row => ({
  anonymous: 401,
  holder: roles.includes('holder') ? 'ok' : 403,
  hr: roles.includes('hr') ? 'ok' : 403,
  clerk: roles.includes('clerk') ? 'ok' : 403,
  reviewer: roles.includes('reviewer') ? 'ok' : 403,
  consultant: roles.includes('consultant') ? 'ok' : 403,
  admin: roles.includes('admin') ? 'ok' : 403,
});

export interface Ctx {
  h: Harness;
  ids: Record<string, string>;
}
export interface Call {
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** A non-JSON body (e.g. a multipart upload); send its content-type in `headers`. */
  rawBody?: Buffer;
}
export type Build = (ctx: Ctx, t: Tenant, who: Who) => Promise<Call> | Call;
export interface Rule {
  row: Row;
  /** The request to send; default: the route's URL, no body. */
  build?: Build;
  /** Extra check of what a permitted caller sees (e.g. no other tenant's rows in a list). */
  scoped?: (res: LightMyRequestResponse, ctx: Ctx, t: Tenant, who: Who) => void;
}
