import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Test support: builds .xlsx files byte by byte, so the tests can make the
 * hostile ones no spreadsheet program would (a zip whose directory lies
 * about its sizes, a sheet declaring a million rows, a DOCTYPE).
 */
export interface ZipPart {
  name: string;
  data: Buffer | string;
  /** The uncompressed size written into the zip headers, when it should lie. */
  declaredSize?: number;
}

export function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : part.data;
    const packed = deflateRawSync(raw, { level: 9 });
    const name = Buffer.from(part.name, 'utf8');
    const size = part.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook of one sheet whose XML (and shared strings) the test writes itself. */
export function workbook(
  sheetXml: string | Buffer,
  opts: { sharedStrings?: string | Buffer; sheetDeclaredSize?: number } = {},
): Buffer {
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: sheetXml,
      ...(opts.sheetDeclaredSize === undefined ? {} : { declaredSize: opts.sheetDeclaredSize }),
    },
  ];
  if (opts.sharedStrings !== undefined) parts.push({ name: 'xl/sharedStrings.xml', data: opts.sharedStrings });
  return buildZip(parts);
}

export const sheet = (inner: string, dimension?: string) =>
  `<worksheet xmlns="${NS}">${dimension ? `<dimension ref="${dimension}"/>` : ''}<sheetData>${inner}</sheetData></worksheet>`;

/** An inline-string cell. */
export const cell = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;

/** A small, valid records sheet: the header and one month. */
export const validRows = () =>
  `<row r="1">${cell('A1', '月份 month')}${cell('B1', '是否正常缴纳 paid')}</row><row r="2">${cell('A2', '2026-05')}${cell('B2', '是')}</row>`;

/** ~64 MB of whitespace inside a valid sheet, compressed to ~64 KB, whose directory claims 2 KB. */
export function zipBomb(): Buffer {
  const open = Buffer.from(`<worksheet xmlns="${NS}"><sheetData>${validRows()}`);
  const close = Buffer.from('</sheetData></worksheet>');
  return workbook(Buffer.concat([open, Buffer.alloc(64 * 1024 * 1024, 0x20), close]), { sheetDeclaredSize: 2048 });
}
