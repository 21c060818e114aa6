/**
 * The message catalogs of the server and the domain (issue 23 item 3), in
 * the layout the web's i18next catalogs use: per area one `<area>/messages.ts`
 * with the Chinese (the source, `as const`) and the English (typed by the
 * Chinese, so the keys match), nested keys named for what the text says,
 * values put in with {{name}}.
 * Pure data and one pure function: the domain imports it too.
 */
import { catalogEn } from './catalog-en.ts';
import { catalogZh } from './catalog-zh.ts';
import { interpolate } from './interpolate.ts';
import type { At, CatalogTree, Leaves, LocalizedText, MessageValue, Placeholders } from './types.ts';

export { catalogEn, catalogZh };
export { interpolate, placeholdersOf } from './interpolate.ts';
export type { CatalogTree, LocalizedText, MessageValue, Translation } from './types.ts';

/** Every key of the catalogs, as a dot path (`transfers.dailyLimit`). */
export type MessageKey = Leaves<typeof catalogZh>;
/** The values a key's text asks for, by placeholder name. */
export type MessageValues<K extends MessageKey> = Record<Placeholders<At<typeof catalogZh, K>>, MessageValue>;
type ValuesArg<K extends MessageKey> = [Placeholders<At<typeof catalogZh, K>>] extends [never]
  ? []
  : [MessageValues<K>];

function lookup(tree: CatalogTree, key: string): string {
  let node: string | CatalogTree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  // The type of `msg` allows catalog keys only; this is a bug, not a user's mistake.
  if (typeof node !== 'string') throw new Error(`no message ${key}`);
  return node;
}

/** A catalog text in both languages, its placeholders filled in. */
export function msg<K extends MessageKey>(key: K, ...values: ValuesArg<K>): LocalizedText {
  const v = values[0] as Record<string, MessageValue> | undefined;
  return { zh: interpolate(lookup(catalogZh, key), v, 'zh'), en: interpolate(lookup(catalogEn, key), v, 'en') };
}
