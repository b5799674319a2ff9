/**
 * `npm run build`: checks the content, builds the website into a temporary
 * folder, and only when every step has succeeded replaces dist/ with it. A
 * failed build leaves the last good dist/ exactly as it was.
 */
import { join } from 'node:path';
import { cacheDir, dictionaryCacheFile, projectRoot } from './project-root.ts';
import { readCommandLine } from './command-line.ts';
import { runBuild } from './run-build.ts';

readCommandLine({
  usage: 'npm run build',
  summary: 'Checks the content, then builds the website, the child versions and every PDF into dist/. If anything fails, the previous dist/ is left as it was.',
});

const ok = await runBuild({
  root: projectRoot,
  outDir: process.env.BUILD_OUT_DIR ?? join(projectRoot, 'dist'),
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  pdfCacheDir: process.env.PDF_CACHE_DIR ?? join(cacheDir(projectRoot), 'pdfs'),
  timingsFile: process.env.BUILD_TIMINGS_FILE,
  dictionaryCacheFile: dictionaryCacheFile(projectRoot),
});
process.exitCode = ok ? 0 : 1;
