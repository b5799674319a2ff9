import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { PdfFile } from './render-pdfs.ts';

/** "1.1 MB" or "640 KB", as GOV.UK describes attachments. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** "PDF, 1.1 MB, 32 pages" */
export function describePdf(file: Pick<PdfFile, 'bytes' | 'pages'>): string {
  return `PDF, ${formatFileSize(file.bytes)}, ${file.pages} page${file.pages === 1 ? '' : 's'}`;
}

/** What the page says about each PDF, by the PDF's address. */
export type PdfFacts = ReadonlyMap<string, string>;

/**
 * Writes each PDF's facts into the elements marked `data-pdf-facts` with its
 * address, and says which addresses it described. The page is parsed to find
 * them, and only their text is replaced, at the offsets the parser gives: the
 * rest of the page stays byte for byte as Astro wrote it. A marked element
 * whose PDF was not made is an error, so a link never says only "PDF".
 */
export function writePdfFacts(html: string, facts: PdfFacts, page: string): { html: string; described: Set<string> } {
  const edits: { start: number; end: number; text: string }[] = [];
  const described = new Set<string>();
  visit(fromHtml(html) as Root, 'element', (node: Element) => {
    const href = node.properties.dataPdfFacts;
    if (typeof href !== 'string') return;
    const text = facts.get(href);
    if (text === undefined) throw new Error(`${page} links to ${href}, which was not made.`);
    const start = node.children[0]?.position?.start.offset;
    const end = node.children.at(-1)?.position?.end.offset;
    if (start === undefined || end === undefined) throw new Error(`${page} has an empty description for ${href}.`);
    edits.push({ start, end, text: `(${text})` });
    described.add(href);
  });
  // From the end, so the earlier offsets stay true.
  const written = edits
    .sort((a, b) => b.start - a.start)
    .reduce((result, edit) => result.slice(0, edit.start) + escapeText(edit.text) + result.slice(edit.end), html);
  return { html: written, described };
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** The web page that offers a PDF for download: the child version's PDFs are on its page, the rest on the year's. */
function pageOffering(siteDir: string, file: PdfFile): string {
  const child = file.job.kind === 'child version' || file.job.kind === 'child poster';
  return join(siteDir, file.job.yearId, ...(child ? ['children'] : []), 'index.html');
}

/**
 * The web page is built before its PDF exists, so the link says only "PDF"
 * until the PDF is made; this fills in its real size and page count.
 */
export function describePdfLinks(siteDir: string, files: readonly PdfFile[]): void {
  const facts = new Map(files.map((file) => [file.job.href, describePdf(file)]));
  for (const page of new Set(files.map((file) => pageOffering(siteDir, file)))) {
    const { html, described } = writePdfFacts(readFileSync(page, 'utf8'), facts, page);
    const missing = files.find((file) => pageOffering(siteDir, file) === page && !described.has(file.job.href));
    if (missing) throw new Error(`${page} has no link to ${missing.job.href} to describe.`);
    writeFileSync(page, html);
  }
}
