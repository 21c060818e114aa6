import type { MessageValue } from './types.ts';

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * A text split once into its literal runs and placeholder names: even
 * indexes are literal text, odd indexes a placeholder's name. Texts are
 * filled in on every assessment line and message, so they are parsed once
 * per text, not once per use.
 */
export type CompiledText = readonly string[];

export function compileText(template: string): CompiledText {
  const parts: string[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), m[1]!);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

/**
 * i18next's default interpolation ({{name}}, no escaping: the API answers
 * JSON and the web renders text, never HTML), so a text reads the same
 * wherever it is shown. A value worded per language gives that language's
 * words. A missing value leaves {{name}} in place, as i18next does; the
 * type of `msg` makes that a compile error in our code.
 */
export function fillText(
  parts: CompiledText,
  values: Readonly<Record<string, MessageValue>> | undefined,
  lang: 'zh' | 'en',
): string {
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    if (values && Object.hasOwn(values, name)) {
      const value = values[name]!;
      out += typeof value === 'object' ? value[lang] : String(value);
    } else {
      out += `{{${name}}}`;
    }
    out += parts[i + 1]!;
  }
  return out;
}

/** `fillText` of a template not compiled beforehand. */
export const interpolate = (
  template: string,
  values: Readonly<Record<string, MessageValue>> | undefined,
  lang: 'zh' | 'en',
): string => (values ? fillText(compileText(template), values, lang) : template);

/** The placeholder names of a text, sorted (the catalog test compares the two languages'). */
export const placeholdersOf = (template: string): string[] =>
  [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
