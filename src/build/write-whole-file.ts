import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes a file beside its name and renames it into place, so a build that
 * stops half-way (a crash, a full disk, Ctrl-C) never leaves a name holding
 * half a file for the next build to read.
 */
export function writeWholeFile(file: string, body: Uint8Array | string): void {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, body);
  renameSync(partial, file);
}
