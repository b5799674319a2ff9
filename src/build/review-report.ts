/**
 * `npm run review`: writes the review report (review/index.html and
 * review/review-<year>.pdf at the project root) without replacing dist/. It
 * runs the same pipeline as `npm run build` into a folder of its own, keeps
 * the review report and discards the site.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, dictionaryCacheFile, projectRoot } from './project-root.ts';
import { runBuild } from './run-build.ts';
import { reviewDir } from './write-review-report.ts';

const outDir = join(cacheDir(projectRoot), 'review-site');
const ok = await runBuild({
  root: projectRoot,
  outDir,
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  pdfCacheDir: process.env.PDF_CACHE_DIR ?? join(cacheDir(projectRoot), 'pdfs'),
  dictionaryCacheFile: dictionaryCacheFile(projectRoot),
});
rmSync(outDir, { recursive: true, force: true });
if (ok) console.log(`Review report written: ${join(reviewDir(projectRoot), 'index.html')}`);
process.exitCode = ok ? 0 : 1;
