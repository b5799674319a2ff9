import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const compressible = new Set(['.html', '.css', '.js', '.svg', '.xml', '.json', '.txt']);

/**
 * Writes a .br and a .gz copy beside every text file of a built site, as a
 * web host would send them, so pages are measured as readers receive them.
 * Fonts and images are compressed already and are left alone.
 */
export function precompress(siteDir: string): number {
  let count = 0;
  for (const entry of readdirSync(siteDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !compressible.has(extname(entry.name))) continue;
    const file = join(entry.parentPath, entry.name);
    const body = readFileSync(file);
    writeFileSync(`${file}.br`, brotliCompressSync(body));
    writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
    count += 1;
  }
  return count;
}
