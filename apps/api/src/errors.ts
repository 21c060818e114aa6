import type { DomainError, LocalizedText } from '@jifen/domain';

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

export const text = (zh: string, en: string): LocalizedText => ({ zh, en });

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
  unauthenticated: () => fail('AUTH.UNAUTHENTICATED', text('请先登录', 'Please sign in first')),
  forbidden: () => fail('AUTH.FORBIDDEN', text('您无权执行此操作', 'You are not allowed to do this')),
  passwordChangeRequired: () =>
    fail(
      'AUTH.PASSWORD_CHANGE_REQUIRED',
      text('请先修改初始密码或重置后的密码', 'Change the password you were given before going on'),
    ),
  notFound: (what: LocalizedText) =>
    fail(`${what.en.toUpperCase().replace(/\s+/g, '_')}.NOT_FOUND`, text(`${what.zh}不存在`, `No such ${what.en}`)),
};
