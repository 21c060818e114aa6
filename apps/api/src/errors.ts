import type { DomainError, LocalizedText } from '@jifen/domain';
import { msg } from '@jifen/messages';

export interface FieldProblem {
  path: string;
  message: LocalizedText;
}

/**
 * A coded, expected failure thrown by services (never an HTTP exception):
 * plugins/errors.ts maps the code to a status in one place.
 */
export class AppError extends Error {
  readonly domain: DomainError;
  readonly fields: FieldProblem[];
  constructor(domain: DomainError, fields: FieldProblem[] = []) {
    super(`${domain.code}: ${domain.message.en}`);
    this.name = 'AppError';
    this.domain = domain;
    this.fields = fields;
  }
}

export function fail(
  code: string,
  message: LocalizedText,
  fields: FieldProblem[] = [],
  extra?: Partial<DomainError>,
): AppError {
  return new AppError({ code, message, ...extra }, fields);
}

/** The common denials, worded once. */
export const denied = {
  unauthenticated: () => fail('AUTH.UNAUTHENTICATED', msg('access.unauthenticated')),
  forbidden: () => fail('AUTH.FORBIDDEN', msg('access.forbidden')),
  passwordChangeRequired: () => fail('AUTH.PASSWORD_CHANGE_REQUIRED', msg('access.passwordChangeRequired')),
  notFound: (what: LocalizedText) =>
    fail(`${what.en.toUpperCase().replace(/\s+/g, '_')}.NOT_FOUND`, msg('access.notFound', { what })),
};
