/** Text shown to users, in both languages (the domain's LocalizedText). */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** A catalog tree: nested objects whose leaves are texts with {{placeholders}}. */
export interface CatalogTree {
  readonly [key: string]: string | CatalogTree;
}

/**
 * The English catalog of an area has the Chinese one's shape with any text
 * in it: `const transfersEn: Translation<typeof transfersZh>`. The Chinese
 * is written `as const`, so the placeholders of each text are known to the
 * type checker (`msg` asks for exactly those values).
 */
export type Translation<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/** Dot paths of a tree's leaves: `'transfers.dailyLimit' | ...`. */
export type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** The text at a dot path. */
export type At<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : Path extends keyof T
    ? T[Path]
    : never;

/** The names between {{ and }} in a text. */
export type Placeholders<S> = S extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** A value put into a text: the same in both languages, or worded per language. */
export type MessageValue = string | number | LocalizedText;
