import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { REPO_ROOT } from '../../src/config.ts';

/** What a reader of a PDF gets, via pdf.js: the text of every page (whitespace removed) and page 1's link URLs. */
export async function pdfTextAndLinks(pdf: Buffer): Promise<{ text: string; pages: number; links: string[] }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  const annotations = (await (await doc.getPage(1)).getAnnotations()) as { url?: string }[];
  const pages = doc.numPages;
  await doc.destroy();
  return { text: parts.join('').replace(/\s+/g, ''), pages, links: annotations.flatMap((a) => (a.url ? [a.url] : [])) };
}

/**
 * Page 1 rasterised by pdf.js onto @napi-rs/canvas (both in the lockfile; no
 * poppler here), written as a PNG under artifacts/ for a person to look at.
 */
export async function writePage1Png(pdf: Buffer, name: string, scale = 1.5): Promise<{ file: string; png: Buffer }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 }).promise;
  const page = await doc.getPage(1);
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  // pdf.js types its canvas with the DOM's; the API's type check has no DOM
  // (issue 23), so hand node-canvas over as the parameter types pdf.js declares.
  type RenderParameters = Parameters<typeof page.render>[0];
  await page.render({
    canvas: canvas as unknown as RenderParameters['canvas'],
    canvasContext: context as unknown as RenderParameters['canvasContext'],
    viewport,
  }).promise;
  const png = canvas.toBuffer('image/png');
  await doc.destroy();
  const dir = path.join(REPO_ROOT, 'artifacts', 'test-output');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, png);
  return { file, png };
}
