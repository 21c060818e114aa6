import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { keyIdOf, loadOrCreateCheckpointKey } from '../audit/checkpoint-key.ts';

/**
 * The Ed25519 key that signs points-notice codes. Like the audit checkpoint
 * key it lives in a file, never in the database (NOTICE_KEY_FILE; generated
 * on first start, mode 0600, its public key beside it as `<file>.pub`), so
 * whoever can write the database still cannot issue a notice that verifies.
 */
export interface NoticeKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
  /** Key id -> public key: the current key (retired keys would be added here). */
  verifyKeys: ReadonlyMap<string, KeyObject>;
  created: boolean;
}

function keysOf(privateKey: KeyObject, publicKey: KeyObject, created: boolean): NoticeKeys {
  const keyId = keyIdOf(publicKey);
  return { privateKey, publicKey, keyId, verifyKeys: new Map([[keyId, publicKey]]), created };
}

export function loadOrCreateNoticeKey(keyFile: string): NoticeKeys {
  const k = loadOrCreateCheckpointKey(keyFile);
  return keysOf(k.privateKey, k.publicKey, k.created);
}

/** A key for this process only (tests, tools): notices it signs verify only while it runs. */
export function ephemeralNoticeKey(): NoticeKeys {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return keysOf(privateKey, publicKey, true);
}

let fallback: NoticeKeys | undefined;
/** The wired key, or one made once per process when none was wired (a test app). */
export function noticeKeysOf(deps: { noticeKeys?: NoticeKeys | undefined }): NoticeKeys {
  if (deps.noticeKeys) return deps.noticeKeys;
  fallback ??= ephemeralNoticeKey();
  return fallback;
}

/** The public key as published at /.well-known/jifen-notice-key: a JWK set plus the PEM. */
export function publishedNoticeKey(keys: NoticeKeys): {
  keys: { kty: 'OKP'; crv: 'Ed25519'; x: string; kid: string; alg: 'EdDSA'; use: 'sig' }[];
  pem: string;
} {
  const jwk = keys.publicKey.export({ format: 'jwk' });
  return {
    keys: [{ kty: 'OKP', crv: 'Ed25519', x: String(jwk.x), kid: keys.keyId, alg: 'EdDSA', use: 'sig' }],
    pem: String(keys.publicKey.export({ type: 'spki', format: 'pem' })),
  };
}
