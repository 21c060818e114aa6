import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AuditActionLabelKey, auditActionLabel } from './audit-entry.ts';
import { auditActionsMessages } from './auditActions/messages.ts';
import { contractMessage, contractsMessages } from './contracts-entry.ts';
import { type CatalogTree, catalogEn, catalogZh, msg, placeholdersOf, sameInBoth } from './index.ts';
import { reviewDomainMessages } from './review/domain-messages.ts';
import { reviewMessages } from './review/messages.ts';

/**
 * Issue 23 item 3: the server's and the domain's texts live in these
 * catalogs. zh and en have the same keys and the same {{placeholders}}; every
 * key the code asks for exists, and every key is asked for somewhere.
 */
function flatten(tree: CatalogTree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path, out);
  }
  return out;
}
const zh = flatten(catalogZh);
const en = flatten(catalogEn);

const ROOT = join(import.meta.dirname, '../../..');
/** The code that reads the catalogs: the API's sources and the domain's (tests keep their literal texts). */
const SOURCE_DIRS = ['apps/api/src', 'packages/domain/src', 'packages/contracts/src'];
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.ts$/.test(f.name) && !/\.test\.ts$/.test(f.name))
    .map((f) => readFileSync(join(f.parentPath, f.name), 'utf8'));
}
const code = SOURCE_DIRS.flatMap(sources).join('\n');
const areas = Object.keys(catalogZh);
/** Quoted strings that look like a catalog key: `'transfers.dailyLimit'`. */
const quotedKeys = new Set(
  [...code.matchAll(/'([a-z]\w*(?:\.\w+)+)'/g)].map((m) => m[1]!).filter((k) => areas.includes(k.split('.')[0]!)),
);

describe('the server and domain message catalogs', () => {
  it('hold the texts', () => {
    expect(zh.size).toBeGreaterThan(5);
  });

  it('have the same keys in zh and en', () => {
    expect(
      [...en.keys()].filter((k) => !zh.has(k)),
      'in en only',
    ).toEqual([]);
    expect(
      [...zh.keys()].filter((k) => !en.has(k)),
      'in zh only',
    ).toEqual([]);
  });

  it('have the same placeholders in both languages', () => {
    const names = (t: string) => [...new Set(placeholdersOf(t))].join();
    const differing = [...zh].filter(([k, v]) => names(v) !== names(en.get(k) ?? ''));
    expect(differing.map(([k]) => k)).toEqual([]);
  });

  it('name keys for what they say, never by an issue number', () => {
    expect([...zh.keys()].filter((k) => !/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/.test(k))).toEqual([]);
    expect([...zh.keys()].filter((k) => /^[a-zA-Z]+\d+\./.test(k) || /issue\d/i.test(k))).toEqual([]);
  });

  it('have every key the code asks for (msg calls with a literal key)', () => {
    const asked = [...code.matchAll(/\bmsg\(\s*'([^']+)'/g)].map((m) => m[1]!);
    expect(asked.length).toBeGreaterThan(5);
    expect([...new Set(asked)].filter((k) => !zh.has(k))).toEqual([]);
    // Only literal keys: a computed key would escape this check and the type checker.
    expect([...code.matchAll(/\bmsg\(\s*([^'\s)])/g)].map((m) => m[0])).toEqual([]);
  });

  it("keep the domain's review texts beside the server's, no key in both (the whole catalog joins them)", () => {
    const server = flatten(reviewMessages.zh);
    expect([...flatten(reviewDomainMessages.zh).keys()].filter((k) => server.has(k))).toEqual([]);
  });

  it('have no key that nothing asks for', () => {
    const quotedMsgKey = (k: string) => quotedKeys.has(k);
    expect([...zh.keys()].filter((k) => !quotedMsgKey(k))).toEqual([]);
  });
});

describe('msg', () => {
  it('fills placeholders in both languages, a worded value per language', () => {
    const t = msg('transfers.closed', { state: msg('transfers.state.accepted') });
    expect(t).toEqual({
      zh: '该转入申请已同意，不能再处理',
      en: 'This transfer request was already accepted; it cannot be decided again',
    });
    expect(msg('transfers.signedOnRange', { requested: '2026-01-02', today: 3 }).en).toBe(
      'The signing date must be between the day the request was made (2026-01-02) and today (3)',
    );
  });

  it('refuses a key that is not in the catalogs (a bug, never shown as text)', () => {
    expect(() => msg('transfers.nope' as 'transfers.noun')).toThrow('no message transfers.nope');
  });
});

describe('sameInBoth', () => {
  it('gives a value that reads the same in both languages as a text in both', () => {
    expect(sameInBoth('2026-12-07T01:00:00.000Z')).toEqual({
      zh: '2026-12-07T01:00:00.000Z',
      en: '2026-12-07T01:00:00.000Z',
    });
  });
});

/** The API schemas' check texts (@jifen/messages/contracts): a catalog of their own, the same checks. */
describe('the contracts catalog', () => {
  const contractsZh = flatten(contractsMessages.zh);
  const contractsEn = flatten(contractsMessages.en);
  const contractsCode = ['packages/contracts/src', 'packages/domain/src'].flatMap(sources).join('\n');

  it('has the same keys in zh and en, named for what they say, with no placeholders', () => {
    expect([...contractsZh.keys()]).toEqual([...contractsEn.keys()]);
    expect([...contractsZh.keys()].filter((k) => !/^[a-z][a-zA-Z0-9]*\.[a-z][a-zA-Z0-9]*$/.test(k))).toEqual([]);
    expect([...contractsZh.values(), ...contractsEn.values()].filter((t) => placeholdersOf(t).length > 0)).toEqual([]);
  });

  it('has a text for every key a schema names, and no key that no schema names', () => {
    const named = [...contractsCode.matchAll(/error: '([a-z]\w*\.[a-zA-Z]\w*)'/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(20);
    expect([...new Set(named)].filter((k) => !contractsZh.has(k))).toEqual([]);
    expect([...contractsZh.keys()].filter((k) => !contractsCode.includes(`'${k}'`))).toEqual([]);
  });

  it("gives a key's text in both languages, and nothing for zod's own messages", () => {
    expect(contractMessage('password.weak')).toEqual({
      zh: '密码至少 10 位，且须同时包含字母和数字',
      en: 'The password needs at least 10 characters with both letters and digits',
    });
    expect(contractMessage('Invalid input')).toBeUndefined();
    expect(contractMessage('password')).toBeUndefined();
    expect(contractMessage('toString.call')).toBeUndefined();
  });
});

/** The audit actions' labels (@jifen/messages/audit): the whole catalog's keys, looked up by the contracts' code table. */
describe('the audit labels entry', () => {
  it("gives a label's text in both languages, from the same texts as the whole catalog", () => {
    expect(auditActionLabel('auditActions.application.noticePrinted')).toEqual({
      zh: '打印积分通知单',
      en: 'Points notice printed',
    });
    const keys = [...flatten(auditActionsMessages.zh).keys()].map((k) => `auditActions.${k}`);
    expect(keys.length).toBeGreaterThan(90);
    for (const key of keys)
      expect(auditActionLabel(key as AuditActionLabelKey)).toEqual({ zh: zh.get(key), en: en.get(key) });
  });
});
