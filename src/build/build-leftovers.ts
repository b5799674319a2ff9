import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Folders a build left beside outDir when it was interrupted (Ctrl+C, a
 * crash, a power cut): a half-built staging folder and the checked model
 * handed to Astro beside it, or the previous site set aside for the swap. Those of builds still running are left alone. A
 * previous site is put back if the interruption left no outDir; otherwise
 * it is older than outDir and removed. Returns what was done, to be said.
 */
export function clearBuildLeftovers(outDir: string): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const pattern = new RegExp(`^${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(staging|previous)-(\\d+)(\\.site\\.json)?$`);
  const done: string[] = [];
  const leftovers = readdirSync(parent)
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter(({ match }) => match && Number(match[2]) !== process.pid && !isRunning(Number(match[2])))
    // Previous sites first, so one can be put back before staging folders are cleared.
    .sort((a, b) => (a.match![1] === 'previous' ? -1 : 0) - (b.match![1] === 'previous' ? -1 : 0));
  for (const { name, match } of leftovers) {
    const path = join(parent, name);
    if (match![1] === 'previous' && !match![3] && !existsSync(outDir)) {
      renameSync(path, outDir);
      done.push(`Put back the last complete build from ${name}, which an interrupted build had set aside.`);
    } else {
      rmSync(path, { recursive: true, force: true });
      done.push(`Removed ${name}, left by an interrupted build.`);
    }
  }
  return done;
}
