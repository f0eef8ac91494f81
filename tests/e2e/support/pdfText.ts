/** The text of a PDF (as Chromium's page.pdf() writes it), page by page, via Mozilla's PDF.js. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfText(pdf: Uint8Array): Promise<{ pages: number; text: string }> {
  // PDF.js takes ownership of the bytes it is given (and refuses Node Buffers): hand it a copy.
  const task = getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, disableFontFace: true });
  const doc = await task.promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const pages = doc.numPages;
  await task.destroy();
  return { pages, text: parts.join(' ').normalize('NFKC') };
}

/**
 * Spacing differs between a page and its PDF (ligatures such as “ff” come out as separate
 * glyphs with gaps, lines break mid-phrase): compare texts with no whitespace or soft hyphens,
 * and ligature code points spelled out (NFKC).
 */
export function squash(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00ad]+/g, '');
}
