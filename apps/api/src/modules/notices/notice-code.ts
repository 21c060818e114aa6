import { sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';

/**
 * The signed code in the points notice's QR URL (/verify/<code>): the masked
 * facts the public page shows, signed with Ed25519. `<payload>.<signature>`,
 * both base64url; the payload is compact JSON. Verifying needs only the
 * public key (published at /.well-known/jifen-notice-key), so an altered or
 * forged code is refused before anything is looked up; only a code that
 * verifies is looked up, by its notice number, for a revocation.
 */
export interface NoticeClaims {
  /** Format version. */
  v: 1;
  /** The signing key's id (first 16 hex digits of SHA-256 of its SPKI DER). */
  k: string;
  /** Notice number, e.g. JFTZ2026-000123 (before migration 027: JF3F2A9C1B7D4E4F60, still verified). */
  n: string;
  /** PI-1: the holder's surname only. */
  s: string;
  /** PI-1: the masked resident ID as stored (3101**********123X). */
  i: string;
  /** Total points. */
  t: number;
  /** L-1: valid until (the permit's expiry), YYYY-MM-DD; null when no permit was on file. */
  u: string | null;
  /** The issuing district talent service centre. */
  c: string;
  /** Issued on, YYYY-MM-DD. */
  d: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const claimsSchema = z.strictObject({
  v: z.literal(1),
  k: z.string().regex(/^[0-9a-f]{16}$/),
  n: z.string().regex(/^(?:JFTZ\d{4}-\d{6}|JF[0-9A-F]{16})$/),
  s: z.string().min(1).max(4),
  i: z.string().min(1).max(24),
  t: z.number().finite(),
  u: z.string().regex(DATE).nullable(),
  c: z.string().min(1).max(60),
  d: z.string().regex(DATE),
});

const B64URL = /^[A-Za-z0-9_-]+$/;
/** Longer than any code we sign; anything longer is refused before decoding. */
export const MAX_CODE_LENGTH = 800;
export const NOTICE_CODE_PATTERN = /^[A-Za-z0-9_-]{1,700}\.[A-Za-z0-9_-]{86}$/;

export function signNoticeCode(claims: NoticeClaims, privateKey: KeyObject): string {
  const payload = Buffer.from(JSON.stringify(claims), 'utf8');
  const signature = sign(null, payload, privateKey);
  return `${payload.toString('base64url')}.${signature.toString('base64url')}`;
}

export type VerifiedCode =
  | { ok: true; claims: NoticeClaims }
  | { ok: false; why: 'malformed' | 'bad_signature' | 'unknown_key' };

/**
 * Checks the code's shape and signature with the public keys alone (no
 * database): any altered character fails the Ed25519 signature.
 * `keys` maps key id -> public key (the current key and any retired ones).
 */
export function verifyNoticeCode(code: string, keys: ReadonlyMap<string, KeyObject>): VerifiedCode {
  if (code.length > MAX_CODE_LENGTH) return { ok: false, why: 'malformed' };
  const parts = code.split('.');
  if (parts.length !== 2 || !B64URL.test(parts[0]!) || !B64URL.test(parts[1]!)) return { ok: false, why: 'malformed' };
  const payload = Buffer.from(parts[0]!, 'base64url');
  const signature = Buffer.from(parts[1]!, 'base64url');
  // base64url decoding ignores stray bits: insist on the canonical encoding so a code has one spelling.
  if (
    payload.toString('base64url') !== parts[0] ||
    signature.length !== 64 ||
    signature.toString('base64url') !== parts[1]
  ) {
    return { ok: false, why: 'malformed' };
  }
  // Which key signed it is only a hint: the signature below decides; an unknown id is refused at once.
  const kid = /"k":"([0-9a-f]{16})"/.exec(payload.toString('latin1'))?.[1];
  const key = kid ? keys.get(kid) : undefined;
  if (!key) return { ok: false, why: kid ? 'unknown_key' : 'malformed' };
  if (!verify(null, payload, key, signature)) return { ok: false, why: 'bad_signature' };
  let json: unknown;
  try {
    json = JSON.parse(payload.toString('utf8'));
  } catch {
    return { ok: false, why: 'malformed' };
  }
  const claims = claimsSchema.safeParse(json);
  return claims.success ? { ok: true, claims: claims.data } : { ok: false, why: 'malformed' };
}

/** PI-1 on the public page: 李明 -> 李*, 欧阳娜娜 -> 欧*** (the first character; a compound surname shows one). */
export function surnameOf(name: string): string {
  return [...name.trim()][0] ?? '*';
}
