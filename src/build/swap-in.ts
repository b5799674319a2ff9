import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Replaces outDir with the finished staging folder by two renames. If the
 * second fails (a full disk, a folder held open), the previous site is put
 * back, so there is never a moment left with no site at all.
 */
export function swapIn(staging: string, outDir: string): void {
  const previous = `${outDir}.previous-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (cause) {
    if (existsSync(previous)) renameSync(previous, outDir);
    throw cause;
  }
  rmSync(previous, { recursive: true, force: true });
}
