import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { messages } from './messages.ts';

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

// Both of the area's catalogs (messages.ts loads effect-messages.ts), as i18next holds them.
const zh = flatten(i18n.getResource('zh-CN', 'translation', 'policyAdmin') as Tree);
const en = flatten(i18n.getResource('en', 'translation', 'policyAdmin') as Tree);
const interpolations = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('policy administration texts', () => {
  it('have the same keys and interpolations in zh-CN and en, none empty', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, text] of zh) {
      expect(text.trim(), key).not.toBe('');
      expect(interpolations(en.get(key) ?? ''), key).toEqual(interpolations(text));
    }
  });

  it('show Chinese in zh-CN and none in en', () => {
    const han = /\p{Script=Han}/u;
    expect(han.test(zh.get('title') ?? '')).toBe(true);
    for (const [key, text] of en) expect(han.test(text), key).toBe(false);
  });

  it('split the weekday header into seven days in both languages', () => {
    expect(messages['zh-CN'].policyAdmin.calendar.weekdays.split(',')).toHaveLength(7);
    expect(messages.en.policyAdmin.calendar.weekdays.split(',')).toHaveLength(7);
  });
});
