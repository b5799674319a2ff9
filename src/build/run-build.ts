import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems } from '../model/load/content-problem.ts';
import { inspectSite } from '../model/inspect-site.ts';
import { BuildTimings } from './build-timings.ts';
import { describePdfLinks } from './describe-pdf-links.ts';
import { PdfCache } from './pdf-cache.ts';
import { printJobs } from './print-jobs.ts';
import { publishImages } from './publish-images.ts';
import { appRoot } from './project-root.ts';
import { renderPdfs } from './render-pdfs.ts';
import { writeReviewFindings } from './review-findings.ts';
import { isReviewJob, reviewPrintJobs } from './review-print-jobs.ts';
import { buildSearchIndex } from './search-index.ts';
import { verifyBuild } from './verify-build.ts';
import { writeReviewReport } from './write-review-report.ts';

export interface BuildOptions {
  /** The folder holding content/ and data/. */
  root: string;
  /** Where the finished site goes; replaced only when every step succeeded. */
  outDir: string;
  /** Where progress and problems are written (the terminal, or a test's collector). */
  log(line: string): void;
  error(line: string): void;
  /** Where PDFs are kept between builds, outside outDir, so an unchanged one is copied rather than rendered again. */
  pdfCacheDir: string;
  /** When given, each stage's wall time is written there as JSON, for the benchmark. */
  timingsFile?: string;
  /** Where the spelling check keeps the words the dictionary accepted; none in tests, so each looks every word up. */
  dictionaryCacheFile?: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: appRoot, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('error', () => resolve(127));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/**
 * Checks the content, builds the website, images and PDFs into a temporary
 * folder, and only when every step has succeeded swaps it in for outDir.
 * Returns false (having said why) when anything failed; outDir is then
 * exactly as it was.
 */
export async function runBuild({ root, outDir, log, error, pdfCacheDir, timingsFile, dictionaryCacheFile }: BuildOptions): Promise<boolean> {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const staging = `${outDir}.staging-${process.pid}`;
  const timings = new BuildTimings();
  const fail = (message: string) => {
    rmSync(staging, { recursive: true, force: true });
    error(`\n${message}`);
    error(existsSync(outDir) ? `The previous build in ${outDir} has been left as it was.` : 'Nothing was written to dist/.');
    return false;
  };

  const { site, problems } = await inspectSite(root, { dictionaryCacheFile });
  if (problems.length > 0) error(formatProblems(problems));
  writeReviewFindings(root, problems);
  if (!site) return fail('The build stopped because the content has errors. Fix them and run the build again.');
  log(`Content checked in ${seconds()} s.`);
  timings.lap('checks');

  const astro = join(appRoot, 'node_modules', '.bin', 'astro');
  const code = await run(astro, ['build', '--silent'], { CONTENT_ROOT: root, ASTRO_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' });
  if (code !== 0) return fail(`The website build failed (astro exited with status ${code}); see the messages above.`);
  try {
    const images = await publishImages(root, staging, site);
    if (images > 0) log(`  ${images} image${images === 1 ? '' : 's'} re-encoded without their metadata`);
  } catch (cause) {
    return fail(`The images could not be prepared.\n${cause instanceof Error ? cause.message : String(cause)}`);
  }
  log(`Website built in ${seconds()} s.`);
  timings.lap('website');

  const missing = verifyBuild(staging, site);
  if (missing.length > 0) return fail(`The website build is incomplete:\n${missing.map((line) => `  - ${line}`).join('\n')}`);
  timings.lap('verify');

  try {
    const pdfs = await renderPdfs(staging, site, [...printJobs(site), ...reviewPrintJobs(site)], new PdfCache(pdfCacheDir));
    timings.pdfs(pdfs);
    describePdfLinks(staging, pdfs.filter((pdf) => !isReviewJob(pdf.job)));
    writeReviewReport(staging, root, pdfs.filter((pdf) => isReviewJob(pdf.job)));
    timings.lap('pdf links');
    for (const pdf of pdfs) log(`  ${pdf.job.href}: ${pdf.pages} pages, ${(pdf.bytes / 1024).toFixed(0)} KB${pdf.reused ? ', unchanged' : ''}`);
  } catch (cause) {
    return fail(`The PDFs could not be made.\n${cause instanceof Error ? cause.message : String(cause)}`);
  }
  log(`PDFs rendered in ${seconds()} s.`);

  try {
    const { pages } = await buildSearchIndex(staging);
    log(`Search index of ${pages} pages built in ${seconds()} s.`);
    timings.lap('search index');
  } catch (cause) {
    return fail(`The search index could not be built.\n${cause instanceof Error ? cause.message : String(cause)}`);
  }

  const previous = `${outDir}.previous-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  timings.lap('swap');
  log(`Build complete in ${seconds()} s: ${outDir}`);
  if (timingsFile) writeFileSync(timingsFile, `${JSON.stringify(timings.report(), null, 2)}\n`);
  return true;
}
