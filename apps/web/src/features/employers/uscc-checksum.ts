import { parseCreditCode } from '@jifen/domain';

export type UsccCheck = { status: 'ok' } | { status: 'format' | 'checksum'; message: { zh: string; en: string } };

/**
 * I-2 in the browser with the same domain code as the server: the format
 * problems are errors; a failed check character can still be submitted for
 * manual verification at the talent service centre.
 */
export function checkUsccInBrowser(raw: string): UsccCheck {
  const parsed = parseCreditCode(raw);
  if (parsed.ok) return { status: 'ok' };
  return { status: parsed.error.code === 'USCC.CHECKSUM' ? 'checksum' : 'format', message: parsed.error.message };
}
