import { parseResidentId } from '@jifen/domain';
import { emptyForm, SENSITIVE_FIELDS, type FormState } from './form-state.ts';

/**
 * The share link carries the answers in the URL fragment only (`#a=...`):
 * browsers never send the fragment to the server, so nothing personal
 * reaches its logs or storage. Only fields that differ from an empty form
 * are kept, plus the evaluation date, as base64url JSON. PI-2 records are
 * never included, nor the resident ID number (PI-1): only the birth date
 * read from it travels.
 */
const PREFIX = 'a=';

function toBase64Url(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

export function encodeForm(input: FormState): string {
  const id = input.residentId.trim() === '' ? null : parseResidentId(input.residentId);
  const form: FormState = { ...input, residentId: '', ...(id?.ok ? { birthDate: id.value.birthDate } : {}) };
  const base = emptyForm(form.asOf) as unknown as Record<string, unknown>;
  const diff: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(form)) {
    if ((SENSITIVE_FIELDS as readonly string[]).includes(k)) continue;
    if (k === 'asOf' || JSON.stringify(v) !== JSON.stringify(base[k])) diff[k] = v;
  }
  return `${PREFIX}${toBase64Url(JSON.stringify(diff))}`;
}

/** The form a fragment describes over today's empty form; null when absent or unreadable. */
export function decodeForm(fragment: string, today: string): FormState | null {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!raw.startsWith(PREFIX)) return null;
  try {
    const parsed = JSON.parse(fromBase64Url(raw.slice(PREFIX.length))) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    const form = emptyForm(today);
    const target = form as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(parsed)) {
      if (!(k in form) || k === 'residentId' || (SENSITIVE_FIELDS as readonly string[]).includes(k)) continue;
      if (typeof v === typeof target[k] || (k === 'periods' && Array.isArray(v))) target[k] = v;
    }
    return form;
  } catch {
    return null;
  }
}
