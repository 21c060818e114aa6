import { describe, expect, it } from 'vitest';
import { messages as CONFIRMATION_MESSAGES } from './confirmation-messages.ts';
import { messages as APPLICATION_MESSAGES } from './messages.ts';

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
const vars = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('issue #10 texts: next step, activation, paper confirmation, my points', () => {
  const zh = flatten(CONFIRMATION_MESSAGES['zh-CN'] as Tree);
  const en = flatten(CONFIRMATION_MESSAGES.en as Tree);

  it('have the same keys and interpolations in zh-CN and en, none empty, no Chinese in en', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    for (const [key, text] of zh) {
      expect(text.trim(), key).not.toBe('');
      expect(vars(en.get(key) ?? ''), key).toEqual(vars(text));
      expect(/\p{Script=Han}/u.test(en.get(key) ?? ''), key).toBe(false);
    }
  });

  it('never double a full stop', () => {
    for (const text of [...zh.values(), ...en.values()]) expect(text).not.toMatch(/。。|\.\.(?!\.)/);
  });

  it('label the paper confirmation in the application history', () => {
    expect(APPLICATION_MESSAGES['zh-CN'].application.action.confirm_on_paper).toBe('登记书面确认');
    expect(APPLICATION_MESSAGES.en.application.action.confirm_on_paper).toBeTruthy();
  });
});
