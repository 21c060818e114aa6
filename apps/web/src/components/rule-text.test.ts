import { describe, expect, it } from 'vitest';
import { withoutRuleId } from './rule-text.ts';

describe('withoutRuleId (issue 10, item 11: rule IDs doubled)', () => {
  it("drops the leading rule ID once, and only that rule's", () => {
    expect(withoutRuleId('C-1 通过：本月在沪参保', 'C-1')).toBe('通过：本月在沪参保');
    expect(withoutRuleId('S-9 近3年内24个月社保基数', 'S-9')).toBe('近3年内24个月社保基数');
    expect(withoutRuleId('C-3：未提供逐月个税记录', 'C-3')).toBe('未提供逐月个税记录');
    expect(withoutRuleId('S-13 获得表彰', 'S-1')).toBe('S-13 获得表彰');
    expect(withoutRuleId('学历 90 分', 'S-3')).toBe('学历 90 分');
  });

  it('drops the verdict word too when a tag beside it says it', () => {
    expect(withoutRuleId('C-4 不适用：未申报职称', 'C-4', true)).toBe('未申报职称');
    expect(withoutRuleId('C-4 not met: the job does not match', 'C-4', true)).toBe('the job does not match');
    expect(withoutRuleId('C-2 met: every month counted', 'C-2', true)).toBe('every month counted');
  });
});
