import { hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Sub-keys derived from the one data key (JIFEN_DATA_KEY), one per purpose. */
export interface Keys {
  encryption: Buffer;
  lookup: Buffer;
  cookie: Buffer;
}

const derive = (master: Buffer, purpose: string) =>
  Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `jifen:${purpose}:v1`, 32));

export function deriveKeys(master: Buffer): Keys {
  if (master.length !== 32) throw new Error('the data key must be 32 bytes');
  return {
    encryption: derive(master, 'pii-aes-256-gcm'),
    lookup: derive(master, 'pii-hmac'),
    cookie: derive(master, 'cookie'),
  };
}

/**
 * Development only: with no JIFEN_DATA_KEY, keep a generated key in the data
 * folder so encrypted rows stay readable across restarts. Returns whether it
 * was created now.
 */
export function loadOrCreateDevKey(dataDir: string): { key: Buffer; file: string; created: boolean } {
  const file = path.join(dataDir, 'dev-data-key.b64');
  if (existsSync(file)) {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
    return { key, file, created: false };
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 });
  return { key, file, created: true };
}
