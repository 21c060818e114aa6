/** 长者模式 is a preference of this browser, like the language: kept in localStorage, no account needed. */
const STORAGE_KEY = 'jifen.elderMode';

/** The class on <html> that turns on elder-mode.css and the larger root font. */
export const ELDER_CLASS = 'jf-elder';
/** elder-mode.css raises the root font by this factor (16 px -> 20 px, so antd's body type is 18 px). */
export const ELDER_ROOT_SCALE = 1.25;

export function readStoredElderMode(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

export function storeElderMode(on: boolean): void {
  try {
    if (on) globalThis.localStorage?.setItem(STORAGE_KEY, 'on');
    else globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
}

/**
 * The reader's own root font size in px (the browser setting), without 长者模式's factor:
 * antd's pixel tokens are derived from it so that a larger browser font enlarges them too.
 */
export function baseRootPx(): number {
  const html = globalThis.document?.documentElement;
  if (!html) return 16;
  const px = Number.parseFloat(getComputedStyle(html).fontSize);
  if (!Number.isFinite(px) || px <= 0) return 16;
  return html.classList.contains(ELDER_CLASS) ? px / ELDER_ROOT_SCALE : px;
}
