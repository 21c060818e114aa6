import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { streamEntryText, type InflateBudget, type ZipEntry } from './zip-entries.ts';
import { unreadable, type SpreadsheetLimits } from './limits.ts';

/** Element name without its namespace prefix (`x:c` -> `c`): generators differ in prefixes. */
export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** An attribute by local name, whatever its prefix (`r:id`, `id`). */
export function attr(tag: SaxesTagPlain, name: string): string | undefined {
  for (const [key, value] of Object.entries(tag.attributes)) if (localName(key) === name) return value;
  return undefined;
}

export interface XmlHandlers {
  open?(name: string, tag: SaxesTagPlain): void;
  close?(name: string): void;
  text?(text: string): void;
}

/**
 * Streams one zip entry through a SAX parser: the XML is never held whole.
 * A DOCTYPE is refused (no entity expansion, no "billion laughs"); the
 * handlers may throw a limit, which stops the inflation too.
 */
export async function parseXmlEntry(
  buf: Buffer,
  entry: ZipEntry,
  limits: SpreadsheetLimits,
  budget: InflateBudget,
  handlers: XmlHandlers,
): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let parseError: Error | undefined;
  parser.on('error', (e) => {
    parseError ??= e;
  });
  parser.on('doctype', () => {
    throw unreadable(`${entry.name} declares a DOCTYPE`);
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag) => open(localName(tag.name), tag));
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (handlers.text) {
    const onText = handlers.text;
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  const check = () => {
    if (parseError) throw unreadable(`${entry.name} is not well-formed XML`);
  };
  await streamEntryText(buf, entry, limits, budget, (chunk) => {
    if (chunk) parser.write(chunk);
    check();
  });
  parser.close();
  check();
}
