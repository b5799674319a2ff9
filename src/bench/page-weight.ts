/**
 * What a page costs a reader to download: every file the browser fetches to
 * show it, raw and compressed, by kind, beside the compressed size of the
 * page's own visible text — the least any page with those words could weigh.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export type FileKind = 'html' | 'css' | 'fonts' | 'images' | 'javascript' | 'other';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface FileWeight extends Sizes {
  path: string;
  kind: FileKind;
}

export interface PageWeight {
  path: string;
  files: FileWeight[];
  byKind: Record<FileKind, Sizes>;
  total: Sizes;
  /** The page's visible text (innerText), compressed with the same codecs. */
  text: Sizes;
  /** Total transfer over compressed visible text; 1 would be a page of bare text. */
  ratio: { gzip: number; brotli: number };
  /** Script elements and script files: the report pages should have none. */
  scripts: number;
}

const kinds: Record<string, FileKind> = {
  '.html': 'html',
  '.css': 'css',
  '.woff2': 'fonts',
  '.woff': 'fonts',
  '.ttf': 'fonts',
  '.svg': 'images',
  '.png': 'images',
  '.jpg': 'images',
  '.jpeg': 'images',
  '.webp': 'images',
  '.avif': 'images',
  '.gif': 'images',
  '.ico': 'images',
  '.js': 'javascript',
  '.mjs': 'javascript',
};

/** The kind of file a site path is, by its ending ("/2024-25/" is a page). */
export function fileKind(path: string): FileKind {
  return path.endsWith('/') ? 'html' : (kinds[extname(path).toLowerCase()] ?? 'other');
}

/** Sizes as a server would send them: gzip at its best level, brotli at its default (best) quality. */
export function compressedSizes(body: Buffer | string): Sizes {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

const sum = (items: Sizes[]): Sizes =>
  items.reduce((total, item) => ({ raw: total.raw + item.raw, gzip: total.gzip + item.gzip, brotli: total.brotli + item.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/** Weighs one page of a built site served at `origin` from `siteDir`, as a phone-sized Chromium loads it. */
export async function measurePageWeight(browser: Browser, origin: string, siteDir: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  try {
    const page = await context.newPage();
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${origin + path} answered ${response?.status()}`);
    await page.evaluate(() => document.fonts.ready);
    const seen = await page.evaluate(() => ({
      urls: [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)],
      text: document.body.innerText,
      scripts: document.querySelectorAll('script:not([type="application/ld+json"])').length,
    }));
    const files = [...new Set(seen.urls)]
      .map((url) => new URL(url))
      .filter((url) => url.origin === origin)
      .map(({ pathname }) => {
        const body = readFileSync(join(siteDir, decodeURI(pathname.endsWith('/') ? `${pathname}index.html` : pathname)));
        return { path: pathname, kind: fileKind(pathname), ...compressedSizes(body) };
      });
    const byKind = Object.fromEntries(
      (['html', 'css', 'fonts', 'images', 'javascript', 'other'] as const).map((kind) => [kind, sum(files.filter((file) => file.kind === kind))]),
    ) as Record<FileKind, Sizes>;
    const total = sum(files);
    const text = compressedSizes(seen.text);
    return {
      path,
      files,
      byKind,
      total,
      text,
      ratio: { gzip: Number((total.gzip / text.gzip).toFixed(2)), brotli: Number((total.brotli / text.brotli).toFixed(2)) },
      scripts: seen.scripts + files.filter((file) => file.kind === 'javascript').length,
    };
  } finally {
    await context.close();
  }
}
