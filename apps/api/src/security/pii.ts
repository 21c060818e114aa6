import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { Keys } from './keys.ts';

/**
 * Field encryption for personal data (PI-1): AES-256-GCM with a random
 * 96-bit IV per value, stored as `v1.<iv>.<tag>.<ciphertext>` (base64url).
 * The field name is bound as associated data, so a ciphertext copied into
 * another column does not decrypt.
 */
export interface PiiCipher {
  encrypt(field: string, plain: string): string;
  decrypt(field: string, sealed: string): string;
  /** Keyed HMAC-SHA256 for equality look-ups without decrypting. */
  lookupHash(field: string, plain: string): string;
}

export function createPiiCipher(keys: Pick<Keys, 'encryption' | 'lookup'>): PiiCipher {
  return {
    encrypt(field, plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', keys.encryption, iv);
      cipher.setAAD(Buffer.from(field));
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return ['v1', iv, tag, ct].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
    },
    decrypt(field, sealed) {
      const [version, iv, tag, ct] = sealed.split('.');
      if (version !== 'v1' || iv === undefined || tag === undefined || ct === undefined) {
        throw new Error('unknown ciphertext format');
      }
      const decipher = createDecipheriv('aes-256-gcm', keys.encryption, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(field));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
    },
    lookupHash(field, plain) {
      return createHmac('sha256', keys.lookup).update(`${field}\u0000${plain}`).digest('hex');
    },
  };
}

/** Mobile numbers as shown everywhere by default: 138****5678. */
export function maskMobile(mobile: string): string {
  return mobile.length >= 7 ? `${mobile.slice(0, 3)}****${mobile.slice(-4)}` : '****';
}
