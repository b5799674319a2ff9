import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page in a built site, as URL paths ("/", "/2024-25/"). */
export function htmlPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') pages.push(`/${relative(dist, dir)}${relative(dist, dir) ? '/' : ''}`);
    }
  };
  walk(dist);
  return pages.sort();
}
