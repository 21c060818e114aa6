import type { DomainError, LocalizedText } from '@jifen/domain';

/** Both languages on one line: Chinese first, English after. */
export const bi = (t: LocalizedText): string => `${t.zh} / ${t.en}`;

/** A label in both languages, Chinese then English with a space between: `用法 Usage`. */
export const label = (t: LocalizedText): string => `${t.zh} ${t.en}`;

export function errorLines(e: DomainError): string[] {
  const rule = e.ruleId ? ` [${e.ruleId}]` : '';
  return [`错误 Error ${e.code}${rule}`, `  ${e.message.zh}`, `  ${e.message.en}`];
}
