/**
 * The API schemas' check texts (`@jifen/messages/contracts`): an entry of
 * their own, since the contracts load in the web too and must not bring the
 * server's catalogs with them. A schema's issue carries its key as data
 * (`password.weak`), so the text is looked up at run time.
 */
import { contractsMessages } from './contracts/messages.ts';
import type { CatalogTree, Leaves, LocalizedText } from './types.ts';

export { contractsMessages };

/** Every key a schema may name: `password.weak`, `date.range`, ... */
export type ContractMessageKey = Leaves<typeof contractsMessages.zh>;

const textAt = (tree: CatalogTree, key: string): string | undefined => {
  let node: string | CatalogTree | undefined = tree;
  for (const part of key.split('.'))
    node = typeof node === 'object' && Object.hasOwn(node, part) ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
};

/** The text of a schema's key in both languages, or undefined for anything else (zod's own messages). */
export function contractMessage(key: string): LocalizedText | undefined {
  const zh = textAt(contractsMessages.zh, key);
  const en = textAt(contractsMessages.en, key);
  return zh === undefined || en === undefined ? undefined : { zh, en };
}
