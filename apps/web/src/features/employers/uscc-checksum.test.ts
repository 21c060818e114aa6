import { describe, expect, it } from 'vitest';
import { checkUsccInBrowser } from './uscc-checksum.ts';

describe('checkUsccInBrowser (I-2)', () => {
  it.each([
    ['91110000101623741K', 'ok'],
    ['911101066976941872', 'ok'],
    [' 91110000101623741k ', 'ok'],
    ['91110000101623741J', 'checksum'],
    ['911101066976941873', 'checksum'],
    ['9111000010162374K', 'format'],
    ['91110000101623741I', 'format'],
    ['', 'format'],
  ])('%s is %s', (code, expected) => {
    expect(checkUsccInBrowser(code).status).toBe(expected);
  });

  it('explains a failed check character in both languages', () => {
    const check = checkUsccInBrowser('91110000101623741J');
    expect(check.status === 'checksum' && check.message.zh).toContain('K');
    expect(check.status === 'checksum' && check.message.en).toContain('K');
  });
});
