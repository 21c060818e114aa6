import { describe, expect, it } from 'vitest';
import { i18n } from './i18n.ts';

/**
 * Issue 23, item 3: every catalog the web loads, shared or a feature's own,
 * has the same keys in zh-CN and en, with the same {{placeholders}}, and no
 * key carries an issue number (keys say what the text is, not when it came).
 */
const catalogs = import.meta.glob(['../**/messages*.ts', '../**/*-messages.ts', '!../**/*.test.ts'], { eager: true });

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
  for (const mod of Object.values(catalogs) as Record<string, unknown>[]) {
    for (const [name, value] of Object.entries(mod)) {
      if (/^register\w*Messages$/.test(name) && typeof value === 'function') (value as () => void)();
    }
  }
  const zh = flatten(i18n.getResourceBundle('zh-CN', 'translation') as Tree);
  const en = flatten(i18n.getResourceBundle('en', 'translation') as Tree);

  it('loads every feature catalog (more than the shared one)', () => {
    expect(Object.keys(catalogs).length).toBeGreaterThan(10);
    expect(zh.size).toBeGreaterThan(1000);
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

  it('name keys for what they say, never by an issue number', () => {
    expect([...zh.keys()].filter((k) => /^[a-zA-Z]+\d+\./.test(k))).toEqual([]);
  });
});
