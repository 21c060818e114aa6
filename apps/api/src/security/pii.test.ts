import { describe, expect, it } from 'vitest';
import { deriveKeys } from './keys.ts';
import { createPiiCipher, maskMobile } from './pii.ts';
import { scrubText, scrubValue } from './redact.ts';

const pii = createPiiCipher(deriveKeys(Buffer.alloc(32, 1)));

describe('PI field encryption (PI-1)', () => {
  it('round-trips, with a fresh IV each time', () => {
    const a = pii.encrypt('holder.resident_id', '31011519900307123X');
    const b = pii.encrypt('holder.resident_id', '31011519900307123X');
    expect(a).not.toBe(b);
    expect(pii.decrypt('holder.resident_id', a)).toBe('31011519900307123X');
  });

  it('refuses tampered ciphertext, another column, another key', () => {
    const sealed = pii.encrypt('holder.mobile', '13812345678');
    const parts = sealed.split('.');
    const ct = Buffer.from(parts[3]!, 'base64url');
    ct[0] = ct[0]! ^ 1;
    expect(() =>
      pii.decrypt('holder.mobile', [parts[0], parts[1], parts[2], ct.toString('base64url')].join('.')),
    ).toThrow();
    expect(() => pii.decrypt('holder.resident_id', sealed)).toThrow();
    expect(() => createPiiCipher(deriveKeys(Buffer.alloc(32, 2))).decrypt('holder.mobile', sealed)).toThrow();
  });

  it('hashes for look-up with a key, per field', () => {
    expect(pii.lookupHash('holder.mobile', '13812345678')).toBe(pii.lookupHash('holder.mobile', '13812345678'));
    expect(pii.lookupHash('holder.mobile', '13812345678')).not.toBe(
      pii.lookupHash('employer.contact_mobile', '13812345678'),
    );
    expect(createPiiCipher(deriveKeys(Buffer.alloc(32, 2))).lookupHash('holder.mobile', '13812345678')).not.toBe(
      pii.lookupHash('holder.mobile', '13812345678'),
    );
  });

  it('masks mobiles and scrubs ID numbers and mobiles from any text', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(scrubText('id=31011519900307123X tel 13812345678.')).toBe('id=3101**********123X tel 138****5678.');
    expect(scrubValue({ a: ['31011519900307123x'], b: { c: 'x13812345678' } })).toEqual({
      a: ['3101**********123x'],
      b: { c: 'x138****5678' },
    });
  });
});
