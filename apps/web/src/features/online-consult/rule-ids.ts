/** The rule IDs written in a text (L-4, PI-1, ...), in order, once each: a saved reply inserts them, the answer carries them. */
export function ruleIdsIn(text: string): string[] {
  return [...new Set(text.match(/\b(?:PI|[PLRMCSDI])-\d{1,2}\b/g) ?? [])].slice(0, 20);
}
