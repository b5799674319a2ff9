import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/** The text of each page, in reading order, as a reader's PDF viewer would extract it. */
export function pageTexts(path: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.split('\f').slice(0, -1);
}

/** pdfinfo's fields: Title, Author, Tagged, Pages, Page size… */
export function pdfInfo(path: string): Record<string, string> {
  const output = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Object.fromEntries(output.split('\n').filter(Boolean).map((line) => {
    const at = line.indexOf(':');
    return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
  }));
}

/** Fonts used and whether each is embedded (pdffonts; its columns are read from the right, as long names overflow). */
export function pdfFonts(path: string): { name: string; embedded: boolean }[] {
  const rows = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return rows.map((row) => {
    const tokens = row.trim().split(/\s+/);
    return { name: tokens[0], embedded: tokens[tokens.length - 5] === 'yes' };
  });
}

export interface OutlineItem {
  title: string;
  children: OutlineItem[];
}

/** The PDF's bookmark outline, read from the document catalogue. */
export async function pdfOutline(path: string): Promise<OutlineItem[]> {
  const document = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const read = (first: PDFDict | undefined): OutlineItem[] => {
    const items: OutlineItem[] = [];
    let node = first;
    while (node) {
      const title = node.lookup(PDFName.of('Title'));
      items.push({
        title: title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '',
        children: read(node.lookupMaybe(PDFName.of('First'), PDFDict)),
      });
      node = node.lookupMaybe(PDFName.of('Next'), PDFDict);
    }
    return items;
  };
  return outlines ? read(outlines.lookupMaybe(PDFName.of('First'), PDFDict)) : [];
}

/** Whitespace folded, so text broken across lines by the layout still matches. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").trim();
}

/**
 * Spaces and hyphens removed: pdftotext joins a word hyphenated at a line end
 * ("2024-" then "25/" reads "202425/"), so long addresses and names are
 * compared without them.
 */
export function squash(text: string): string {
  return text.replace(/[\s\-‐–]/g, '').replace(/[‘’]/g, "'");
}
