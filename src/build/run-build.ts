import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatProblems } from '../model/load/content-problem.ts';
import { inspectSite } from '../model/inspect-site.ts';
import { clearBuildLeftovers } from './build-leftovers.ts';
import { BuildTimings } from './build-timings.ts';
import { writeWordDocuments } from './write-word-documents.ts';
import { describePdfLinks } from './describe-pdf-links.ts';
import { describeFileSystemError } from './file-system-error.ts';
import { writeHostHeaders } from './host-headers.ts';
import { PdfCache } from './pdf-cache.ts';
import { describePdfFailure } from './pdf-failure.ts';
import { printJobs } from './print-jobs.ts';
import { publishImages } from './publish-images.ts';
import { publishLogo } from './publish-logo.ts';
import { publishedOutputGate } from './published-output-gate.ts';
import { appRoot } from './project-root.ts';
import { renderPdfs } from './render-pdfs.ts';
import { writeReviewFindings } from './review-findings.ts';
import { isReviewJob, reviewPrintJobs } from './review-print-jobs.ts';
import { buildSearchIndex } from './search-index.ts';
import { swapIn } from './swap-in.ts';
import { verifyBuild } from './verify-build.ts';
import { writeReviewReport } from './write-review-report.ts';
import { checkedSiteVariable, writeCheckedSite } from './content-inspection.ts';

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
 * For the atomicity tests alone: once the content check has passed, no real
 * input makes Astro fail, so BUILD_TEST_FAIL_ASTRO=1 gives it a settings file
 * that does not exist, and the test sees the build stop at that stage.
 */
const astroTestFault = () => (process.env.BUILD_TEST_FAIL_ASTRO === '1' ? ['--config', 'no-such-astro.config.mjs'] : []);

/**
 * Checks the content, builds the website, images and PDFs into a temporary
 * folder, and only when every step has succeeded swaps it in for outDir.
 * Returns false (having said why) when anything failed; outDir is then
 * exactly as it was.
 */
export async function runBuild(options: BuildOptions): Promise<boolean> {
  const staging = `${options.outDir}.staging-${process.pid}`;
  try {
    return await buildInto(staging, options);
  } catch (cause) {
    const plain = describeFileSystemError(cause);
    if (!plain) throw cause;
    return stopped(staging, options, plain);
  }
}

/** Says why the build stopped and what became of outDir, having removed the half-built folder. */
function stopped(staging: string, { outDir, error }: BuildOptions, message: string): false {
  rmSync(staging, { recursive: true, force: true });
  error(`\n${message}`);
  error(existsSync(outDir) ? `The previous build in ${outDir} has been left as it was.` : 'Nothing was written to dist/.');
  return false;
}

async function buildInto(staging: string, options: BuildOptions): Promise<boolean> {
  const { root, outDir, log, error, pdfCacheDir, timingsFile, dictionaryCacheFile } = options;
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const timings = new BuildTimings();
  const fail = (message: string) => stopped(staging, options, message);
  for (const line of clearBuildLeftovers(outDir)) log(line);

  const { site, problems, sources, privacy, privacyFile } = await inspectSite(root, { dictionaryCacheFile });
  if (problems.length > 0) error(formatProblems(problems));
  writeReviewFindings(root, problems);
  if (!site) return fail('The build stopped because the content has errors. Fix them and run the build again.');
  log(`Content checked in ${seconds()} s.`);
  timings.lap('checks');

  const astro = join(appRoot, 'node_modules', '.bin', 'astro');
  // Beside the staging folder, not in it: the checked model is not part of the site.
  const checkedSite = `${staging}.site.json`;
  writeCheckedSite(checkedSite, root, site);
  const code = await run(astro, ['build', '--silent', ...astroTestFault()], {
    CONTENT_ROOT: root,
    ASTRO_OUT_DIR: staging,
    ASTRO_TELEMETRY_DISABLED: '1',
    [checkedSiteVariable]: checkedSite,
  }).finally(() => rmSync(checkedSite, { force: true }));
  if (code !== 0) return fail(`The website build failed (astro exited with status ${code}); see the messages above.`);
  try {
    const images = await publishImages(root, staging, site);
    if (images > 0) log(`  ${images} image${images === 1 ? '' : 's'} re-encoded without their metadata`);
    await publishLogo(root, staging, site.partnership);
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
    return fail(`The PDFs could not be made.\n${describePdfFailure(cause, sources, new Set([privacyFile]))}`);
  }
  log(`PDFs rendered in ${seconds()} s.`);

  try {
    const documents = await writeWordDocuments(staging, site);
    for (const href of documents) log(`  ${href}`);
    log(`Word documents written in ${seconds()} s.`);
    timings.lap('word documents');
  } catch (cause) {
    return fail(cause instanceof Error ? cause.message : String(cause));
  }

  try {
    const { pages, sections } = await buildSearchIndex(staging);
    log(`Search index of ${sections} report sections and ${pages} pages built in ${seconds()} s.`);
    timings.lap('search index');
  } catch (cause) {
    return fail(`The search index could not be built.\n${cause instanceof Error ? cause.message : String(cause)}`);
  }

  // Beside the PDF cache, not in it: that folder keeps only the PDFs of this build.
  const published = await publishedOutputGate(staging, { sources, privacy, privacyFile, pdfTextCacheDir: join(dirname(pdfCacheDir), 'pdf-text') });
  timings.lap('published output');
  if (published.length > 0) {
    error(formatProblems(published));
    return fail('The build stopped because the built site contains personal data (above). Change the text where each is written, or record a reviewed exception in data/privacy.yaml.');
  }
  log(`Built site checked for personal data in ${seconds()} s.`);

  try {
    writeHostHeaders(staging);
    timings.lap('host headers');
  } catch (cause) {
    return fail(`The headers file for the web host could not be written.\n${cause instanceof Error ? cause.message : String(cause)}`);
  }

  swapIn(staging, outDir);
  timings.lap('swap');
  log(`Build complete in ${seconds()} s: ${outDir}`);
  if (timingsFile) writeFileSync(timingsFile, `${JSON.stringify(timings.report(), null, 2)}\n`);
  return true;
}
