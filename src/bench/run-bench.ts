/**
 * `npm run bench`: times the real build and compares, for each year, the
 * Paged.js PDF with Chromium's own print of the same print page. Figures are
 * printed as a table and written to bench/results.json for comparison over
 * time. Times are reported, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../build/find-browser.ts';
import { appRoot } from '../build/project-root.ts';
import { renderPdf } from '../build/render-pdf.ts';
import { serveStatic } from '../build/static-server.ts';
import { loadSite } from '../model/load/load-site.ts';

const seconds = (start: number) => Number(((performance.now() - start) / 1000).toFixed(2));

function timeCommand(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: appRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  return seconds(start);
}

const site = loadSite(appRoot);
const buildSeconds = timeCommand([join(appRoot, 'src/build/build-site.ts')]);

// The print pages are removed from dist/ after a build, so they are built again into a scratch folder.
const scratch = join(appRoot, 'bench', 'tmp');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
const websiteSeconds = timeCommand([join(appRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], { ASTRO_OUT_DIR: scratch });

const server = await serveStatic(scratch);
const browser = await launchBrowser();
const pdfs = [];
try {
  for (const year of site.years.filter((candidate) => candidate.meta.status === 'published')) {
    const url = `${server.origin}/${year.id}/print/`;
    let start = performance.now();
    const paged = await renderPdf(browser, url);
    const pagedSeconds = seconds(start);

    start = performance.now();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const plain = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    const plainSeconds = seconds(start);
    await context.close();

    pdfs.push({
      year: year.id,
      pagedJs: { seconds: pagedSeconds, bytes: paged.bytes.length, pages: paged.pages },
      chromiumAlone: { seconds: plainSeconds, bytes: plain.length },
      ratio: Number((pagedSeconds / plainSeconds).toFixed(2)),
    });
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 1024 ** 3), node: process.version },
  fullBuildSeconds: buildSeconds,
  websiteOnlySeconds: websiteSeconds,
  pdfs,
};
writeFileSync(join(appRoot, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log(`Full build (checks, website, child versions, PDFs): ${buildSeconds} s`);
console.log(`Website alone (astro build): ${websiteSeconds} s`);
console.table(
  pdfs.map((pdf) => ({
    year: pdf.year,
    'Paged.js (s)': pdf.pagedJs.seconds,
    'Paged.js pages': pdf.pagedJs.pages,
    'Paged.js KB': Math.round(pdf.pagedJs.bytes / 1024),
    'Chromium alone (s)': pdf.chromiumAlone.seconds,
    'Chromium alone KB': Math.round(pdf.chromiumAlone.bytes / 1024),
    'ratio': pdf.ratio,
  })),
);
console.log('Written to bench/results.json');
