import { findUnstorableText } from '@jifen/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJson } from './json-depth.ts';

/**
 * Issue 20: the parser's one pass over the body text vouches for a body only
 * when no parsed string can hold a NUL or a lone surrogate; the validator then
 * skips its walk. It must never vouch for a body the walk would refuse.
 */
describe('scanJson: storable text in one pass', () => {
  it('vouches for ordinary text, escapes and surrogate pairs', () => {
    for (const v of [
      { name: '李明', note: 'line\nbreak\ttab "quoted" \\ back' },
      { emoji: '😀', escaped: '\\ud83d\\ude00' },
      ['a', 1, null, true, { 'k€y': 'v' }],
    ]) {
      expect(scanJson(JSON.stringify(v), 64)).toEqual({ tooDeep: false, storable: true });
    }
    expect(scanJson('{"e":"\\ud83d\\ude00 \\u00e9 \\u4e2d"}', 64).storable).toBe(true);
  });

  it('does not vouch for a NUL or a lone surrogate, escaped or raw, in a value or a key', () => {
    for (const text of [
      '{"a":"x\\u0000"}',
      '{"a\\u0000":1}',
      '["\\ud800"]',
      '["\\ud800x"]',
      '["\\udc00"]',
      '["\\ud800\\u0041"]',
      '["\\uDBFF"]',
      `["x${'\u0000'}"]`,
      `["${'\ud800'}"]`,
      `["${'\udfff'}a"]`,
    ]) {
      expect(scanJson(text, 64).storable, text).toBe(false);
    }
  });

  it('an escaped backslash before u is not an escape (vouches; the walk agrees)', () => {
    const text = '{"a":"\\\\u0000"}';
    expect(scanJson(text, 64).storable).toBe(true);
    expect(findUnstorableText(JSON.parse(text))).toBeNull();
  });

  it('never vouches for a body the walk refuses (any JSON value, any strings)', () => {
    const anyText = fc.string({ unit: fc.constantFrom('a', '\u0000', '\ud800', '\udc00', '😀', '李', '\\', '"', 'u') });
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        anyText,
        fc.integer(),
        fc.array(tie('node')),
        fc.dictionary(anyText, tie('node')),
      ),
    })).node;
    fc.assert(
      fc.property(value, fc.boolean(), (v, asciiOnly) => {
        let text = JSON.stringify(v);
        // Some clients escape every non-ASCII character (Python's json.dumps): lone surrogates then arrive as escapes.
        if (asciiOnly)
          text = text.replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
        const parsed = JSON.parse(text) as unknown;
        if (scanJson(text, 1000).storable) expect(findUnstorableText(parsed)).toBeNull();
        else expect(findUnstorableText(parsed)).not.toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('still finds the depth', () => {
    expect(scanJson(`${'['.repeat(65)}${']'.repeat(65)}`, 64).tooDeep).toBe(true);
    expect(scanJson(`"${'['.repeat(100)}"`, 64)).toEqual({ tooDeep: false, storable: true });
  });
});
