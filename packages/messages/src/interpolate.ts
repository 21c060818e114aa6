import type { MessageValue } from './types.ts';

/**
 * i18next's default interpolation ({{name}}, no escaping: the API answers
 * JSON and the web renders text, never HTML), so a text reads the same
 * wherever it is shown. A value worded per language gives that language's
 * words. A missing value leaves {{name}} in place, as i18next does; the
 * type of `msg` makes that a compile error in our code.
 */
export function interpolate(
  template: string,
  values: Readonly<Record<string, MessageValue>> | undefined,
  lang: 'zh' | 'en',
): string {
  if (!values) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = values[name]!;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}

/** The placeholder names of a text, sorted (the catalog test compares the two languages'). */
export const placeholdersOf = (template: string): string[] =>
  [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!).sort();
