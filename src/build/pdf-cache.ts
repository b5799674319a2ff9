import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { extname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser } from './find-browser.ts';
import type { MergeJob, PrintPageJob } from './print-jobs.ts';
import { writeWholeFile } from './write-whole-file.ts';
import { appRoot } from './project-root.ts';

/** A PDF made by an earlier build, with its page count. */
export interface CachedPdf {
  bytes: Uint8Array;
  pages: number;
}

// Pages are what change with the content; these are what a print page draws on.
const assetExtensions = new Set(['.css', '.woff2', '.woff', '.ttf', '.otf', '.svg', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.js']);

/** Every site-relative address an HTML page or stylesheet refers to (href, src, srcset, url(), @import). */
export function referencedAddresses(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/g)) found.push(match[1]);
  for (const match of text.matchAll(/\bsrcset\s*=\s*["']([^"']+)["']/g)) {
    found.push(...match[1].split(',').map((candidate) => candidate.trim().split(/\s+/)[0]));
  }
  for (const match of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) found.push(match[1]);
  for (const match of text.matchAll(/@import\s+["']([^"']+)["']/g)) found.push(match[1]);
  return found.filter((address) => !/^(?:[a-z]+:|#|\/\/)/i.test(address));
}

/**
 * The HTML of a print page and every stylesheet, font and image it uses, in a
 * stable order: everything in the built site that a PDF is made from.
 */
export function printPageInputs(siteDir: string, pagePath: string): Map<string, Buffer> {
  const inputs = new Map<string, Buffer>();
  const visit = (sitePath: string) => {
    if (inputs.has(sitePath)) return;
    const file = join(siteDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
    if (!existsSync(file) || !statSync(file).isFile()) return;
    const body = readFileSync(file);
    inputs.set(sitePath, body);
    if (!sitePath.endsWith('/') && extname(sitePath) !== '.css') return;
    for (const address of referencedAddresses(body.toString('utf8'))) {
      const resolved = posix.resolve(posix.dirname(sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath), decodeURI(address.split(/[?#]/)[0]));
      if (assetExtensions.has(extname(resolved).toLowerCase())) visit(resolved);
    }
  };
  visit(pagePath);
  return new Map([...inputs].sort(([a], [b]) => a.localeCompare(b)));
}

const sourceFiles = (dir: string) => readdirSync(dir).sort().map((name) => join(dir, name));

/**
 * What renders a print page the same way twice: the scripts run in the print
 * page, the code that drives the browser and repairs the file, and the browser
 * itself (its file's size and date stand for its version, without starting it).
 */
export function rendererFingerprint(): string {
  const hash = createHash('sha256');
  const files = [
    join(appRoot, 'node_modules', 'playwright-core', 'package.json'),
    join(appRoot, 'node_modules', 'pdf-lib', 'package.json'),
    ...['render-pdf.ts', 'render-pdfs.ts', 'pdf-metadata.ts', 'pdf-outline.ts', 'pdf-cache.ts'].map((file) => fileURLToPath(new URL(file, import.meta.url))),
    ...sourceFiles(fileURLToPath(new URL('../print/', import.meta.url))),
    ...sourceFiles(fileURLToPath(new URL('pdf-ua/', import.meta.url))),
  ];
  for (const file of files) hash.update(file).update(readFileSync(file));
  const browser = realpathSync(findBrowser());
  const { size, mtimeMs } = statSync(browser);
  hash.update(`${browser} ${size} ${mtimeMs}`);
  return hash.digest('hex');
}

/** The cache key of one PDF: its print page's inputs, its metadata and the renderer. */
export function pdfCacheKey(siteDir: string, job: PrintPageJob, renderer: string): string {
  const hash = createHash('sha256').update(renderer).update(JSON.stringify(job.metadata));
  for (const [path, body] of printPageInputs(siteDir, job.source)) hash.update(`\0${path}\0`).update(body);
  return hash.digest('hex');
}

/**
 * The cache key of a merged PDF: the bytes of the PDFs it is made of, as this
 * build wrote them, with how each is bookmarked and labelled, and the code
 * that merges them. A change to the annual report changes its PDF, so the
 * agenda pack is made again; a change to the merging alone prints nothing again.
 */
export function mergedPdfCacheKey(siteDir: string, job: MergeJob): string {
  const hash = createHash('sha256').update(JSON.stringify([job.metadata, job.documents]));
  const code = [join(appRoot, 'node_modules', 'pdf-lib', 'package.json'), ...['merged-pdf.ts', 'merge-tagged-pdfs.ts', 'pdf-metadata.ts', 'pdf-cache.ts', 'pdf-ua/xmp-metadata.ts'].map((file) => fileURLToPath(new URL(file, import.meta.url)))];
  for (const file of code) hash.update(`\0${file}\0`).update(readFileSync(file));
  for (const { href } of job.documents) hash.update(`\0${href}\0`).update(readFileSync(join(siteDir, href)));
  return hash.digest('hex');
}

/**
 * PDFs kept between builds, outside dist/, so an unchanged year's PDFs are
 * copied rather than laid out again. Entries a successful build did not use
 * are removed, so the folder holds one build's worth.
 */
export class PdfCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /**
   * The PDF kept under this key, or nothing when there is none or it cannot
   * be trusted: a facts file that does not parse, or a PDF whose length is
   * not the one recorded (a write cut short by a crash or a full disk), is a
   * miss, and the PDF is simply made again.
   */
  get(key: string): CachedPdf | undefined {
    const pdf = join(this.dir, `${key}.pdf`);
    const facts = join(this.dir, `${key}.json`);
    if (!existsSync(pdf) || !existsSync(facts)) return undefined;
    let recorded: unknown;
    try {
      recorded = JSON.parse(readFileSync(facts, 'utf8'));
    } catch {
      return undefined;
    }
    const { pages, bytes } = (recorded ?? {}) as { pages?: unknown; bytes?: unknown };
    if (!Number.isInteger(pages) || (pages as number) < 1 || !Number.isInteger(bytes)) return undefined;
    const body = readFileSync(pdf);
    if (body.length !== bytes) return undefined;
    return { bytes: body, pages: pages as number };
  }

  put(key: string, pdf: CachedPdf): void {
    mkdirSync(this.dir, { recursive: true });
    // Each file is written beside its name and renamed into place, and the facts come last,
    // so a reader never finds a name holding half a file.
    writeWholeFile(join(this.dir, `${key}.pdf`), pdf.bytes);
    writeWholeFile(join(this.dir, `${key}.json`), JSON.stringify({ pages: pdf.pages, bytes: pdf.bytes.length }));
  }

  keepOnly(keys: ReadonlySet<string>): void {
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir)) {
      if (!keys.has(name.replace(/\.(pdf|json)$/, ''))) rmSync(join(this.dir, name), { force: true, recursive: true });
    }
  }
}
