import { type CompiledText, compileText, fillText } from './interpolate.ts';
import type { At, CatalogTree, Leaves, LocalizedText, MessageValue, Placeholders, Translation } from './types.ts';

/** The values a key's text asks for, by placeholder name. */
export type ValuesOf<Z, K extends string> = Record<Placeholders<At<Z, K>>, MessageValue>;
type ValuesArg<Z, K extends string> = [Placeholders<At<Z, K>>] extends [never] ? [] : [ValuesOf<Z, K>];

function lookup(tree: CatalogTree, key: string): string {
  let node: string | CatalogTree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  // The type of `msg` allows catalog keys only; this is a bug, not a user's mistake.
  if (typeof node !== 'string') throw new Error(`no message ${key}`);
  return node;
}

/**
 * `msg` over one catalog (areas by name, the Chinese as the source): a text
 * in both languages by its dot path, its placeholders filled in. The type
 * checker knows the keys and asks for each placeholder's value.
 */
export function makeMsg<Z extends CatalogTree>(zh: Z, en: Translation<Z>) {
  // Each key's two texts, looked up and split into parts on first use.
  const compiled = new Map<string, { zh: CompiledText; en: CompiledText }>();
  const compiledOf = (key: string) => {
    let texts = compiled.get(key);
    if (!texts) {
      texts = { zh: compileText(lookup(zh, key)), en: compileText(lookup(en as CatalogTree, key)) };
      compiled.set(key, texts);
    }
    return texts;
  };
  return function msg<K extends Leaves<Z>>(key: K, ...values: ValuesArg<Z, K>): LocalizedText {
    const v = values[0] as Record<string, MessageValue> | undefined;
    const texts = compiledOf(key);
    return { zh: fillText(texts.zh, v, 'zh'), en: fillText(texts.en, v, 'en') };
  };
}
