import { describe, expect, it } from 'vitest';
import { i18n } from './i18n.ts';

/**
 * Issue 23, item 3: the web's texts have one layout. Every catalog is a
 * `messages.ts` in its area's folder (a large area splits by topic into
 * `<topic>-messages.ts` beside it) exporting `messages = { 'zh-CN', en }`
 * and registered with `addCatalog` when it loads; the shared one is
 * `i18n/messages.ts`. Every catalog has the same keys in zh-CN and en, with
 * the same {{placeholders}}, and keys say what the text is: none carries a
 * number (an issue's, a second version's), only data do (skill levels, rule IDs, a list's positions).
 */
const catalogs = import.meta.glob<Record<string, unknown>>(['../**/*messages.ts'], { eager: true });
const otherLayouts = Object.keys(
  import.meta.glob(['../**/messages-*.ts', '../**/*-messages-*.ts', '../**/*Messages.ts']),
);
/** Keys that are data, not names: the domain's skill levels, rule IDs (`C-1`), a list's positions. */
const DATA_KEYS = /^(skill[1-5]|[A-Z]{1,2}-\d+|\d+)$/;

type Tree = { [key: string]: unknown };
function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object') flatten(value as Tree, path, out);
  }
  return out;
}
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('the web catalogs, all of them', () => {
  const zh = flatten(i18n.getResourceBundle('zh-CN', 'translation') as Tree);
  const en = flatten(i18n.getResourceBundle('en', 'translation') as Tree);

  it('loads every feature catalog (more than the shared one)', () => {
    expect(Object.keys(catalogs).length).toBeGreaterThan(20);
    expect(zh.size).toBeGreaterThan(1000);
  });

  it('are all in one layout: `messages` with zh-CN and en, no per-language files', () => {
    const odd = Object.entries(catalogs)
      .filter(([, mod]) => {
        const messages = mod.messages as Record<string, unknown> | undefined;
        return !messages || Object.keys(messages).join() !== 'zh-CN,en' || Object.keys(mod).length !== 1;
      })
      .map(([path]) => path);
    expect(odd).toEqual([]);
    expect(otherLayouts).toEqual([]);
  });

  it('have the same keys in zh-CN and en', () => {
    expect(
      [...en.keys()].filter((k) => !zh.has(k)),
      'in en only',
    ).toEqual([]);
    expect(
      [...zh.keys()].filter((k) => !en.has(k)),
      'in zh-CN only',
    ).toEqual([]);
  });

  it('have the same placeholders in both languages', () => {
    const differing = [...zh].filter(
      ([k, v]) => en.has(k) && placeholders(v).join() !== placeholders(en.get(k)!).join(),
    );
    expect(differing.map(([k]) => k)).toEqual([]);
  });

  it('name keys for what they say, never by a number', () => {
    const numbered = [...zh.keys()].filter((key) =>
      key.split('.').some((part) => /\d/.test(part) && !DATA_KEYS.test(part)),
    );
    expect(numbered).toEqual([]);
  });
});
