/** Expected failures are values; bugs throw. */
export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** Text shown to users, always in both languages. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/**
 * A coded domain error. `code` is stable (e.g. `POLICY.NO_VERSION`), the API
 * maps codes to HTTP in one place; `ruleId` points into the rule book.
 */
export interface DomainError {
  code: string;
  ruleId?: RuleId;
  message: LocalizedText;
  details?: Record<string, unknown>;
}

/** Calendar date as `YYYY-MM-DD` (Asia/Shanghai civil date, no time, no zone). */
export type IsoDate = string;
/** Calendar month as `YYYY-MM`. */
export type IsoMonth = string;

export type RuleId = `${'P' | 'L' | 'R' | 'M' | 'C' | 'S' | 'D' | 'I' | 'PI'}-${number}`;
