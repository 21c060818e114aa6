import { describe, expect, it } from 'vitest';
import { maskResidentId } from '@jifen/domain';
import { maskIdNumber } from './mask.ts';

describe('maskIdNumber (PI-1)', () => {
  it.each([
    ['31010119900101123X', '3101**********123X'],
    ['31010119900101123x', '3101**********123X'],
    ['3101**********123X', '3101**********123X'],
    ['1234', '****'],
    ['123456789', '1234*6789'],
  ])('%s -> %s, as the domain masks it', (input, expected) => {
    expect(maskIdNumber(input)).toBe(expected);
    expect(maskIdNumber(input)).toBe(maskResidentId(input));
  });

  it('shows nothing for a missing value', () => {
    expect(maskIdNumber(null)).toBe('');
  });
});
