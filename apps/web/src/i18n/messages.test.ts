import { describe, expect, it } from 'vitest';
import { messages } from './messages.ts';
import { ROLES } from '../api/contract-types.ts';
import { NAV_ITEMS } from '../app/nav-items.tsx';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const zh = flatten(messages['zh-CN']);
const english = flatten(messages.en);
const interpolations = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('i18n resources', () => {
  it('have the same keys in zh-CN and en', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...zh, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same {{interpolations}} in both languages', () => {
    for (const [key, text] of zh) expect(interpolations(english.get(key) ?? ''), key).toEqual(interpolations(text));
  });

  it('name every role and every menu item', () => {
    for (const role of ROLES) {
      expect(zh.has(`roles.${role}`), role).toBe(true);
      for (const item of NAV_ITEMS[role]) expect(zh.has(item.labelKey), item.labelKey).toBe(true);
    }
  });

  it('show Chinese in zh-CN and no Chinese in en', () => {
    const han = /\p{Script=Han}/u;
    expect(han.test(zh.get('auth.login') ?? '')).toBe(true);
    for (const [key, text] of english) expect(han.test(text), key).toBe(false);
  });
});
