import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Ed25519 key that signs audit checkpoints (docs/adr/0010). It lives in
 * a file, never in the database: whoever can rewrite the database cannot
 * sign a checkpoint for the rewritten chain. The public key is written
 * beside it (`<file>.pub`) so verification needs no secret.
 */
export interface CheckpointSigner {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SHA-256 of the public key (DER), first 16 hex digits: names the key in each checkpoint. */
  keyId: string;
  created: boolean;
}

export const publicKeyFileOf = (keyFile: string) => `${keyFile}.pub`;

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/** Reads the signing key, or generates it (mode 0600, never overwriting) with its public key beside it. */
export function loadOrCreateCheckpointKey(keyFile: string): CheckpointSigner {
  if (existsSync(keyFile)) {
    const privateKey = createPrivateKey(readFileSync(keyFile));
    if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${keyFile} is not an Ed25519 private key`);
    const publicKey = createPublicKey(privateKey);
    const pubFile = publicKeyFileOf(keyFile);
    if (!existsSync(pubFile))
      writeFileSync(pubFile, publicKey.export({ type: 'spki', format: 'pem' }), { mode: 0o644, flag: 'wx' });
    return { privateKey, publicKey, keyId: keyIdOf(publicKey), created: false };
  }
  mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  writeFileSync(publicKeyFileOf(keyFile), publicKey.export({ type: 'spki', format: 'pem' }), {
    mode: 0o644,
    flag: 'wx',
  });
  return { privateKey, publicKey, keyId: keyIdOf(publicKey), created: true };
}

/** The verification key: the public key file, else derived from the private key; undefined when neither exists. */
export function loadCheckpointPublicKey(keyFile: string): KeyObject | undefined {
  const pubFile = publicKeyFileOf(keyFile);
  if (existsSync(pubFile)) return createPublicKey(readFileSync(pubFile));
  if (existsSync(keyFile)) return createPublicKey(createPrivateKey(readFileSync(keyFile)));
  return undefined;
}
