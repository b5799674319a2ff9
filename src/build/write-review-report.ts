import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PdfFile } from './render-pdfs.ts';
import { reviewFolder } from './review-print-jobs.ts';

/** The review report's place at the project root: beside dist/, never inside it, and ignored by git. */
export const reviewDir = (root: string): string => join(root, reviewFolder);

/**
 * Moves the review report out of the freshly built site into review/ at the
 * project root: its page, with the styles and fonts it uses so it opens from
 * the disk, and its PDFs. The site that is published keeps none of it, so no
 * page, search index or sitemap can reach it. Returns the files written.
 */
export function writeReviewReport(siteDir: string, root: string, pdfs: readonly PdfFile[]): string[] {
  const built = join(siteDir, reviewFolder);
  const target = reviewDir(root);
  if (!existsSync(join(built, 'index.html'))) throw new Error(`The review report page was not built (${join(built, 'index.html')} is missing).`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, '_astro'), { recursive: true });

  // Opened from the disk, a link to /_astro/ would point at the root of the file system.
  const page = readFileSync(join(built, 'index.html'), 'utf8')
    .replace(/(href|src)="\/_astro\//g, '$1="_astro/')
    .replace('href="/theme.css"', 'href="theme.css"');
  writeFileSync(join(target, 'index.html'), page);
  if (existsSync(join(siteDir, 'theme.css'))) cpSync(join(siteDir, 'theme.css'), join(target, 'theme.css'));
  const assets = join(siteDir, '_astro');
  if (existsSync(assets)) {
    for (const name of readdirSync(assets)) {
      const from = join(assets, name);
      if (name.endsWith('.css')) writeFileSync(join(target, '_astro', name), readFileSync(from, 'utf8').replace(/url\(\/_astro\//g, 'url(./'));
      else if (/\.(woff2?|svg|png|jpe?g|webp)$/.test(name)) cpSync(from, join(target, '_astro', name));
    }
  }
  const written = ['index.html'];
  for (const pdf of pdfs) {
    const name = pdf.job.href.slice(`/${reviewFolder}/`.length);
    renameSync(join(siteDir, pdf.job.href), join(target, name));
    written.push(name);
  }
  const reviewAssets = assetsReferencedIn(built);
  rmSync(built, { recursive: true, force: true });
  // Styles only the review pages use would otherwise stay in the published site.
  const stillUsed = assetsReferencedIn(siteDir);
  for (const name of reviewAssets) if (!stillUsed.has(name)) rmSync(join(assets, name), { force: true });
  return written;
}

/** The /_astro/ files the HTML pages under a folder link to. */
function assetsReferencedIn(dir: string): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.html')) continue;
    for (const match of readFileSync(join(dir, entry), 'utf8').matchAll(/\/_astro\/([^"'\s)]+)/g)) names.add(match[1]);
  }
  return names;
}
