/**
 * `npm run build`: checks the content, builds the website into a temporary
 * folder, and only when every step has succeeded replaces dist/ with it. A
 * failed build leaves the last good dist/ exactly as it was.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems } from '../model/load/content-problem.ts';
import { inspectSite } from '../model/load/load-site.ts';
import { appRoot, projectRoot } from './project-root.ts';
import { describePdfLinks } from './describe-pdf-links.ts';
import { PdfCache } from './pdf-cache.ts';
import { printJobs } from './print-jobs.ts';
import { renderPdfs } from './render-pdfs.ts';
import { verifyBuild } from './verify-build.ts';
import { BuildTimings } from './build-timings.ts';

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const outDir = process.env.BUILD_OUT_DIR ?? join(projectRoot, 'dist');
const staging = `${outDir}.staging-${process.pid}`;
// PDFs are kept between builds outside dist/, so an unchanged one is copied rather than rendered again.
const pdfCache = new PdfCache(process.env.PDF_CACHE_DIR ?? join(projectRoot, '.cache', 'pdfs'));
const timings = new BuildTimings();

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${message}`);
  console.error(existsSync(outDir) ? `The previous build in ${outDir} has been left as it was.` : 'Nothing was written to dist/.');
  process.exit(1);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: appRoot, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('error', () => resolve(127));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const { site, problems } = inspectSite(projectRoot);
if (problems.length > 0) console.error(formatProblems(problems));
if (!site) fail('The build stopped because the content has errors. Fix them and run the build again.');
console.log(`Content checked in ${seconds()} s.`);
timings.lap('checks');

const astro = join(appRoot, 'node_modules', '.bin', 'astro');
const code = await run(astro, ['build', '--silent'], { ASTRO_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' });
if (code !== 0) fail(`The website build failed (astro exited with status ${code}); see the messages above.`);
console.log(`Website built in ${seconds()} s.`);
timings.lap('website');

const missing = verifyBuild(staging, site);
if (missing.length > 0) fail(`The website build is incomplete:\n${missing.map((line) => `  - ${line}`).join('\n')}`);
timings.lap('verify');

try {
  const pdfs = await renderPdfs(staging, site, printJobs(site), pdfCache);
  timings.pdfs(pdfs);
  describePdfLinks(staging, pdfs);
  timings.lap('pdf links');
  for (const pdf of pdfs) console.log(`  ${pdf.job.href}: ${pdf.pages} pages, ${(pdf.bytes / 1024).toFixed(0)} KB${pdf.reused ? ', unchanged' : ''}`);
} catch (error) {
  fail(`The PDFs could not be made.\n${error instanceof Error ? error.message : String(error)}`);
}
console.log(`PDFs rendered in ${seconds()} s.`);

const previous = `${outDir}.previous-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
timings.lap('swap');
console.log(`Build complete in ${seconds()} s: ${outDir}`);
if (process.env.BUILD_TIMINGS_FILE) writeFileSync(process.env.BUILD_TIMINGS_FILE, `${JSON.stringify(timings.report(), null, 2)}\n`);
