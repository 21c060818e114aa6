/**
 * A domain text without the rule ID it starts with ("C-1 通过：…" → "通过：…"),
 * for places that already show the ID in its own tag, so the ID reads once
 * (issue 10: "C-1 ✓ C-1 通过", "S-9 S-9"). With `dropVerdict`, a leading
 * verdict word the tag beside it already says (通过 / 未通过 / 不适用, met /
 * not met / not applicable) goes too.
 */
export function withoutRuleId(text: string, ruleId: string, dropVerdict = false): string {
  const escaped = ruleId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let out = text.replace(new RegExp(`^\\s*${escaped}(?![\\d])\\s*`), '');
  if (dropVerdict && out !== text)
    out = out.replace(/^(未通过|通过|不适用|not met|met|not applicable)\s*[:：]\s*/i, '');
  // A text that was only "C-3：…" keeps no leading colon.
  return out.replace(/^[:：]\s*/, '');
}
