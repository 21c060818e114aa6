/**
 * The message catalogs of the server and the domain (issue 23 item 3), in
 * the layout the web's i18next catalogs use: per area one `<area>/messages.ts`
 * with the Chinese (the source, `as const`) and the English (typed by the
 * Chinese, so the keys match), nested keys named for what the text says,
 * values put in with {{name}}.
 * Pure data and one pure function. The domain imports `@jifen/messages/domain`
 * (its own areas only), since it runs in the browser too.
 */
import { catalogEn } from './catalog-en.ts';
import { catalogZh } from './catalog-zh.ts';
import { makeMsg, type ValuesOf } from './make-msg.ts';
import type { Leaves } from './types.ts';

export { catalogEn, catalogZh };
export { interpolate, placeholdersOf } from './interpolate.ts';
export { sameInBoth } from './same-in-both.ts';
export type { CatalogTree, LocalizedText, MessageValue, Translation } from './types.ts';

/** Every key of the catalogs, as a dot path (`transfers.dailyLimit`). */
export type MessageKey = Leaves<typeof catalogZh>;
/** The values a key's text asks for, by placeholder name. */
export type MessageValues<K extends MessageKey> = ValuesOf<typeof catalogZh, K>;

/** A catalog text in both languages, its placeholders filled in. */
export const msg = makeMsg(catalogZh, catalogEn);
