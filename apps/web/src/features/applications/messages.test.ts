import { describe, expect, it } from 'vitest';
import { messages as APPLICATION_MESSAGES } from './messages.ts';
import { messages as CLERK_MESSAGES } from '../permits/messages.ts';
import { messages as HOLDER_DATA_MESSAGES } from '../holders/records/messages.ts';
import { messages as NOTICE_MESSAGES } from '../notifications/messages.ts';
import { APPLICATION_ACTIONS_SHOWN, APPLICATION_KINDS, APPLICATION_STATES } from './application-types.ts';

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

describe.each([
  ['application', APPLICATION_MESSAGES],
  ['clerk', CLERK_MESSAGES],
  ['holder data', HOLDER_DATA_MESSAGES],
  ['notifications', NOTICE_MESSAGES],
])('%s texts', (_, { 'zh-CN': zh, en }) => {
  const z = flatten(zh as Tree);
  const e = flatten(en as Tree);
  it('have the same keys in zh-CN and en, none empty, the same interpolations', () => {
    expect([...e.keys()].sort()).toEqual([...z.keys()].sort());
    for (const [key, text] of z) {
      expect(text.trim(), key).not.toBe('');
      expect(vars(e.get(key) ?? ''), key).toEqual(vars(text));
    }
  });
});

describe('application texts', () => {
  const z = flatten(APPLICATION_MESSAGES['zh-CN'] as Tree);
  it('name every kind, state and action', () => {
    for (const kind of APPLICATION_KINDS) expect(z.has(`application.kind.${kind}`), kind).toBe(true);
    for (const state of APPLICATION_STATES) expect(z.has(`application.state.${state}`), state).toBe(true);
    for (const action of APPLICATION_ACTIONS_SHOWN) expect(z.has(`application.action.${action}`), action).toBe(true);
  });
});
