/**
 * Form drafts kept in sessionStorage so that a reload loses nothing. Secret
 * fields (passwords) are never written.
 */
export function readDraft<T extends object>(key: string): Partial<T> {
  try {
    const raw = globalThis.sessionStorage?.getItem(`jifen.draft.${key}`);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<T>) : {};
  } catch {
    return {};
  }
}

export function writeDraft(key: string, values: object, secretFields: readonly string[] = []): void {
  const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !secretFields.includes(name)));
  try {
    globalThis.sessionStorage?.setItem(`jifen.draft.${key}`, JSON.stringify(kept));
  } catch {
    // Storage full or refused: the draft is only a convenience.
  }
}

export function clearDraft(key: string): void {
  try {
    globalThis.sessionStorage?.removeItem(`jifen.draft.${key}`);
  } catch {
    // Nothing to clear.
  }
}
