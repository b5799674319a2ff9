import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { strFromU8, unzipSync } from 'fflate';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import { writeWholeFile } from './write-whole-file.ts';

const run = promisify(execFile);

/** Text a reader can get from one published file, and which part of the file it is (the page's text, an attribute, metadata). */
export interface PublishedText {
  /** The file's path inside the site, for example 2024-25/index.html. */
  output: string;
  part: string;
  text: string;
}

// Attributes whose values a reader sees, hears or can follow: tooltips, alternative text, links and labels.
const readableAttributes = ['title', 'alt', 'href', 'ariaLabel', 'ariaDescription', 'content', 'value', 'placeholder', 'label'];
const blockElements = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'caption', 'figcaption', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'main', 'table', 'ul', 'ol', 'dl', 'br', 'title', 'desc', 'summary', 'details', 'option']);

/** An address as a reader would copy it: mailto:jane%2Esmith%40… becomes jane.smith@…. */
function readableAddress(value: string): string {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // An address that is not valid percent-encoding is checked as written.
  }
  return decoded.replace(/^(?:mailto|tel):/i, '');
}

/** A page's text, with a line break at each block so words from two paragraphs never run together, and every readable attribute. */
export function htmlText(output: string, html: string): PublishedText[] {
  const tree = fromHtml(html);
  const text: string[] = [];
  const attributes: PublishedText[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text') text.push(node.value);
    if (node.type === 'comment') return;
    if (node.type !== 'element' && node.type !== 'root') return;
    const element = node.type === 'element' ? (node as Element) : undefined;
    if (element?.tagName === 'style') return;
    for (const name of readableAttributes) {
      const value = element?.properties[name];
      if (typeof value === 'string' && value.trim() !== '') {
        attributes.push({ output, part: `the ${name === 'ariaLabel' ? 'aria-label' : name} of a <${element?.tagName}>`, text: name === 'href' ? readableAddress(value) : value });
      }
    }
    const children = element?.tagName === 'template' && element.content ? element.content.children : 'children' in node ? node.children : [];
    for (const child of children) walk(child);
    if (element && blockElements.has(element.tagName)) text.push('\n');
  };
  walk(tree);
  return [{ output, part: 'the page’s text', text: text.join('').replace(/[ \t]*\n\s*/g, '\n') }, ...attributes];
}

function pdfString(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/**
 * A PDF's text, metadata and links, kept in cacheDir by the PDF's own hash:
 * most builds reuse every PDF unchanged, so reading them again is wasted.
 */
export async function pdfText(output: string, path: string, cacheDir?: string, used?: Set<string>): Promise<PublishedText[]> {
  const bytes = await readFile(path);
  const cached = cacheDir && join(cacheDir, `${createHash('sha256').update(bytes).digest('hex')}.json`);
  if (cached) used?.add(basename(cached));
  if (cached) {
    try {
      return (JSON.parse(await readFile(cached, 'utf8')) as Array<Omit<PublishedText, 'output'>>).map((piece) => ({ output, ...piece }));
    } catch {
      // Not read before: read it now.
    }
  }
  const read = await readPdf(output, path, bytes);
  if (cached) {
    await mkdir(cacheDir, { recursive: true });
    writeWholeFile(cached, JSON.stringify(read.map(({ part, text }) => ({ part, text }))));
  }
  return read;
}

/** A PDF's text (pdftotext, in reading order), its metadata and the address of every link in it. */
async function readPdf(output: string, path: string, bytes: Uint8Array): Promise<PublishedText[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const document = await PDFDocument.load(bytes, { updateMetadata: false });
  const metadata = [document.getTitle(), document.getAuthor(), document.getSubject(), document.getKeywords(), document.getCreator(), document.getProducer()];
  const links = document.getPages().flatMap((page) => {
    const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    return (annotations?.asArray() ?? []).flatMap((reference) => {
      const action = document.context.lookupMaybe(reference, PDFDict)?.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = pdfString(action?.lookup(PDFName.of('URI')));
      return uri ? [readableAddress(uri)] : [];
    });
  });
  return [
    // pdftotext breaks lines where the page does; a name and its age can sit either side of one.
    { output, part: 'the PDF’s text', text: stdout.replace(/-\n(?=\p{Ll})/gu, '').replace(/\f/g, '\n') },
    { output, part: 'the PDF’s metadata', text: metadata.filter(Boolean).join('\n') },
    ...links.map((text) => ({ output, part: 'a link in the PDF', text })),
  ];
}

/** The text of one part of a Word document: a paragraph break at each </w:p>, the XML's entities read back. */
function wordXmlText(xml: string): string {
  return xml
    .replace(/<\/w:p>|<w:br\/>|<w:tab\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * A Word document's text, its metadata and the address of every link in it,
 * read from the parts of its zip: a clerk's .docx is published like a PDF, so
 * the personal data check reads it as a reader would.
 */
export function docxText(output: string, bytes: Uint8Array): PublishedText[] {
  const parts = unzipSync(bytes);
  const read = (name: string) => (parts[name] ? strFromU8(parts[name]) : '');
  const body = Object.keys(parts)
    .filter((name) => /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/.test(name))
    .map((name) => wordXmlText(read(name)))
    .join('\n');
  const links = [...read('word/_rels/document.xml.rels').matchAll(/Target="([^"]+)"[^>]*TargetMode="External"/g)].map((match) => readableAddress(wordXmlText(match[1])));
  return [
    { output, part: 'the Word document’s text', text: body },
    { output, part: 'the Word document’s metadata', text: wordXmlText(read('docProps/core.xml').replace(/></g, '>\n<')) },
    ...links.map((text) => ({ output, part: 'a link in the Word document', text })),
  ];
}

/** A Pagefind fragment: gzip, then a "pagefind_dcd" signature, then JSON holding the page's indexed text and metadata. */
export function pagefindFragmentText(output: string, compressed: Uint8Array): PublishedText[] {
  const raw = gunzipSync(compressed).toString('utf8');
  const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { content?: string; meta?: Record<string, string>; anchors?: Array<{ text?: string }> };
  return [
    { output, part: 'the search index', text: fragment.content ?? '' },
    { output, part: 'the search index’s metadata', text: [...Object.values(fragment.meta ?? {}), ...(fragment.anchors ?? []).map((anchor) => anchor.text ?? '')].join('\n') },
  ];
}

// Files that are code, styles, fonts or pictures: their words are the software's, not the content's. A picture's
// metadata is removed when it is published, and its alternative text is read from the page.
const notReadable = new Set(['.js', '.mjs', '.css', '.woff', '.woff2', '.ttf', '.wasm', '.png', '.jpg', '.jpeg', '.webp', '.gif', '.avif', '.ico', '.pf_index', '.pf_meta', '.pagefind']);
// Pagefind's manifest holds only its version, each index's hash and the page count: a hash of ten digits
// ("en_2549618343") once passed for an NHS number and stopped a build.
const notReadableFiles = new Set(['pagefind/pagefind-entry.json']);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Everything a reader can get from the built site, read generically by
 * walking its files: pages, PDFs, the search index, and any download
 * (.json, .csv, .xml, .txt, .svg …), so a new kind of output is covered
 * without being named here.
 */
export async function publishedText(siteDir: string, { pdfTextCacheDir }: { pdfTextCacheDir?: string } = {}): Promise<PublishedText[]> {
  const files = await filesUnder(siteDir);
  const used = new Set<string>();
  const read = await Promise.all(
    files.map(async (path): Promise<PublishedText[]> => {
      const output = relative(siteDir, path).split('\\').join('/');
      const extension = extname(path).toLowerCase();
      if (notReadable.has(extension) || notReadableFiles.has(output)) return [];
      if (extension === '.pf_fragment') return pagefindFragmentText(output, await readFile(path));
      if (extension === '.pdf') return pdfText(output, path, pdfTextCacheDir, used);
      if (extension === '.docx') return docxText(output, await readFile(path));
      const text = await readFile(path, 'utf8');
      if (extension === '.html' || extension === '.htm') return htmlText(output, text);
      return [{ output, part: 'the file’s text', text }];
    }),
  );
  // What was read from PDFs no longer built is of no further use.
  if (pdfTextCacheDir) {
    const kept = await readdir(pdfTextCacheDir).catch(() => [] as string[]);
    await Promise.all(kept.filter((name) => !used.has(name)).map((name) => rm(join(pdfTextCacheDir, name), { force: true })));
  }
  return read.flat();
}
