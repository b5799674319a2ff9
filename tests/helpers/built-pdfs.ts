import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, type PDFObject } from 'pdf-lib';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { dist } from './paths.ts';

/** Every PDF the build made, by its path in dist/: each year's report, child version, cover reports and agenda packs. */
export function builtPdfs(): { name: string; path: string }[] {
  const found: { name: string; path: string }[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) visit(join(dir, entry.name));
      else if (entry.name.endsWith('.pdf')) found.push({ name: relative(dist, join(dir, entry.name)), path: join(dir, entry.name) });
    }
  };
  visit(dist);
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

export const loadWithPdfLib = (path: string) => PDFDocument.load(readFileSync(path), { updateMetadata: false });
export const loadWithPdfJs = (path: string): Promise<PDFDocumentProxy> => pdfJsFromBytes(readFileSync(path));
export const pdfJsFromBytes = (bytes: Uint8Array): Promise<PDFDocumentProxy> => getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false }).promise;

/** One structure element as the file holds it (pdf-lib, raw objects, no role mapping). */
export interface TagNode {
  type: string;
  dict: PDFDict;
  children: TagNode[];
  /** Marked-content ids and annotations the element holds directly. */
  contentKids: PDFObject[];
}

/** The whole tag tree, read from the raw objects. */
export function tagTree(document: PDFDocument): TagNode[] {
  const read = (kids: PDFObject | undefined): TagNode[] => {
    const list = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
    return list.flatMap((kid) => {
      const dict = kid instanceof PDFRef ? document.context.lookup(kid) : kid;
      if (!(dict instanceof PDFDict) || !dict.has(PDFName.of('S'))) return [];
      const own = dict.get(PDFName.of('K'));
      const ownList = own instanceof PDFArray ? own.asArray() : own ? [own] : [];
      return [
        {
          type: (dict.lookup(PDFName.of('S')) as PDFName).decodeText(),
          dict,
          children: read(own),
          contentKids: ownList.filter((item) => {
            const resolved = item instanceof PDFRef ? document.context.lookup(item) : item;
            return !(resolved instanceof PDFDict && resolved.has(PDFName.of('S')));
          }),
        },
      ];
    });
  };
  const root = document.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  return read(root.get(PDFName.of('K')));
}

export function allNodes(nodes: readonly TagNode[]): TagNode[] {
  return nodes.flatMap((node) => [node, ...allNodes(node.children)]);
}

/** The text of each element of a type in the tag tree, as poppler reads it (pdfinfo -struct-text), nested text included. */
export function taggedTexts(path: string, type: string): string[] {
  const lines = execFileSync('pdfinfo', ['-struct-text', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\n');
  const texts: string[] = [];
  const open: { indent: number; index: number }[] = [];
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    while (open.length > 0 && open.at(-1)!.indent >= indent) open.pop();
    const text = /^\s*"(.*)"$/.exec(line);
    if (text) {
      for (const element of open) texts[element.index] += text[1];
      continue;
    }
    if (new RegExp(`^\\s*${type}( \\(\\w+\\))?:?$`).test(line)) {
      open.push({ indent, index: texts.length });
      texts.push('');
    }
  }
  return texts;
}

/**
 * Each page's number within the document it belongs to, read from the PDF's
 * page labels (PDF 32000-1, 12.4.2): in an agenda pack the appendix's pages
 * are …, so its links say "page 4" for the page labelled A-4. Without
 * page labels, a page's number is its place in the file.
 */
export function ownPageNumbers(document: PDFDocument): number[] {
  const ranges: { start: number; first: number }[] = [];
  const visit = (node: PDFDict | undefined) => {
    const nums = node?.lookupMaybe(PDFName.of('Nums'), PDFArray);
    for (let index = 0; nums && index < nums.size(); index += 2) {
      const label = nums.lookup(index + 1, PDFDict) as PDFDict;
      ranges.push({ start: (nums.lookup(index, PDFNumber) as PDFNumber).asNumber(), first: label.lookupMaybe(PDFName.of('St'), PDFNumber)?.asNumber() ?? 1 });
    }
    const kids = node?.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let index = 0; kids && index < kids.size(); index++) visit(kids.lookup(index, PDFDict) as PDFDict);
  };
  visit(document.catalog.lookupMaybe(PDFName.of('PageLabels'), PDFDict));
  return document.getPages().map((_, index) => {
    const range = ranges.filter(({ start }) => start <= index).at(-1);
    return range ? range.first + index - range.start : index + 1;
  });
}
