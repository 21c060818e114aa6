import { describe, expect, it } from 'vitest';
import { messages as CONSULTATION_MESSAGES } from '../consultations/messages.ts';
import { messages } from './messages.ts';

const assessZh = messages['zh-CN'].assess;
const assessEn = messages.en.assess;

function keys(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return [prefix];
  return Object.entries(o)
    .flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
    .sort();
}

describe('issue #4 texts', () => {
  it('have the same keys in zh-CN and en, none empty', () => {
    expect(keys(assessEn)).toEqual(keys(assessZh));
    expect(keys(CONSULTATION_MESSAGES.en)).toEqual(keys(CONSULTATION_MESSAGES['zh-CN']));
    expect(CONSULTATION_MESSAGES.en.privacy.sections).toHaveLength(
      CONSULTATION_MESSAGES['zh-CN'].privacy.sections.length,
    );
    const empty = [...keys(assessZh), ...keys(assessEn)].filter((k) => k === '');
    expect(empty).toEqual([]);
  });
});
