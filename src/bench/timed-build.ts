/**
 * Runs the real build (`src/build/build-site.ts`) on a project folder as a
 * separate process, as `npm run build` would, and gathers what it reports
 * about its stages and PDFs, with its wall time and peak memory.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildTimingsReport } from '../build/build-timings.ts';
import { appRoot } from '../build/project-root.ts';
import { watchPeakMemory } from './process-tree-memory.ts';

export interface TimedBuild extends BuildTimingsReport {
  /** From starting Node to the build's exit, so it includes loading the build's own code. */
  wallSeconds: number;
  peakMemoryMiB: number;
  pdfsRendered: number;
  pdfsReused: number;
}

/** Builds `root` (holding content/ and data/) into `root`/dist, keeping PDFs for reuse in `root`/.cache. */
export async function timedBuild(root: string): Promise<TimedBuild> {
  const timingsFile = join(root, 'timings.json');
  rmSync(timingsFile, { force: true });
  const started = performance.now();
  const child = spawn(process.execPath, [join(appRoot, 'src/build/build-site.ts')], {
    cwd: appRoot,
    env: { ...process.env, CONTENT_ROOT: root, BUILD_TIMINGS_FILE: timingsFile },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const memory = watchPeakMemory(child.pid as number);
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  const peakMemoryMiB = memory.stop();
  const wallSeconds = Number(((performance.now() - started) / 1000).toFixed(2));
  if (code !== 0) throw new Error(`The build of ${root} failed (status ${code}):\n${errors}`);
  const report = JSON.parse(readFileSync(timingsFile, 'utf8')) as BuildTimingsReport;
  const pdfsReused = report.pdfs.filter((pdf) => pdf.reused).length;
  return { ...report, wallSeconds, peakMemoryMiB, pdfsReused, pdfsRendered: report.pdfs.length - pdfsReused };
}
