import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw } from 'node:zlib';
import { overLimit, unreadable, type SpreadsheetLimits } from './limits.ts';

/**
 * A minimal reader of the zip container of an .xlsx: the central directory
 * is read from the (already size-limited) upload, and each entry is inflated
 * as a stream whose output is counted, so a zip bomb stops at the limit
 * instead of at the end of memory. The sizes a zip declares are only hints:
 * the count of bytes actually inflated is what is enforced.
 */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;

function findEndOfDirectory(buf: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw unreadable('no zip end-of-directory record');
}

export function listZipEntries(buf: Buffer, limits: SpreadsheetLimits): Map<string, ZipEntry> {
  if (buf.length < 22) throw unreadable('too short for a zip file');
  const end = findEndOfDirectory(buf);
  const count = buf.readUInt16LE(end + 10);
  const dirOffset = buf.readUInt32LE(end + 16);
  if (count > limits.maxZipEntries) throw overLimit('zipEntries', limits.maxZipEntries, count);
  if (dirOffset === U32_MAX) throw unreadable('ZIP64 archives are not accepted');
  const entries = new Map<string, ZipEntry>();
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw unreadable('broken zip directory');
    const flags = buf.readUInt16LE(p + 8);
    const nameLength = buf.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      declaredSize: buf.readUInt32LE(p + 24),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
      localHeaderOffset: buf.readUInt32LE(p + 42),
    };
    if (flags & 0x1) throw unreadable('encrypted zip entries are not accepted');
    if (entry.compressedSize === U32_MAX || entry.localHeaderOffset === U32_MAX)
      throw unreadable('ZIP64 archives are not accepted');
    entries.set(entry.name, entry);
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/** Shared by all entries of one workbook: the uncompressed bytes still allowed. */
export interface InflateBudget {
  remaining: number;
}

/**
 * Inflates one entry chunk by chunk, handing UTF-8 text to `onText`; stops
 * (rejecting) as soon as the entry or the whole workbook passes its limit,
 * or when `onText` throws (a parser limit).
 */
export function streamEntryText(
  buf: Buffer,
  entry: ZipEntry,
  limits: SpreadsheetLimits,
  budget: InflateBudget,
  onText: (text: string) => void,
): Promise<void> {
  if (entry.declaredSize > limits.maxEntryBytes) {
    return Promise.reject(overLimit('uncompressedSize', limits.maxEntryBytes, entry.declaredSize, entry.name));
  }
  const at = entry.localHeaderOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL)
    return Promise.reject(unreadable(`broken zip entry ${entry.name}`));
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return Promise.reject(unreadable(`truncated zip entry ${entry.name}`));
  const decoder = new StringDecoder('utf8');
  let inflated = 0;
  const take = (chunk: Buffer) => {
    inflated += chunk.length;
    budget.remaining -= chunk.length;
    if (inflated > limits.maxEntryBytes)
      throw overLimit('uncompressedSize', limits.maxEntryBytes, undefined, entry.name);
    if (budget.remaining < 0) throw overLimit('uncompressedSize', limits.maxTotalBytes);
    onText(decoder.write(chunk));
  };
  if (entry.method === 0) {
    return new Promise((resolve) => {
      take(data);
      onText(decoder.end());
      resolve();
    });
  }
  if (entry.method !== 8) return Promise.reject(unreadable(`zip compression method ${entry.method} is not supported`));
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let failed = false;
    const stop = (error: unknown) => {
      if (failed) return;
      failed = true;
      inflate.destroy();
      reject(error instanceof Error && 'problem' in error ? error : unreadable(`cannot inflate ${entry.name}`));
    };
    inflate.on('data', (chunk: Buffer) => {
      if (failed) return;
      try {
        take(chunk);
      } catch (error) {
        stop(error);
      }
    });
    inflate.on('error', stop);
    inflate.on('end', () => {
      if (failed) return;
      try {
        onText(decoder.end());
        resolve();
      } catch (error) {
        stop(error);
      }
    });
    inflate.end(data);
  });
}
