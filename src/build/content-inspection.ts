import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inspectSite, type Inspection } from '../model/inspect-site.ts';
import { dictionaryCacheFile } from './project-root.ts';

/**
 * `inspectSite` for the Astro content loader, which asks once for each
 * collection: the answer is shared until a file in data/ or content/
 * changes (its path, size or time), so a build checks the content once and
 * the preview server again after each edit.
 */
const inspections = new Map<string, { signature: string; inspection: Promise<Inspection> }>();

export function inspectContent(root: string): Promise<Inspection> {
  const signature = contentSignature(root);
  const known = inspections.get(root);
  if (known?.signature === signature) return known.inspection;
  const inspection = inspectSite(root, { dictionaryCacheFile: dictionaryCacheFile(root) });
  inspections.set(root, { signature, inspection });
  return inspection;
}

function contentSignature(root: string): string {
  const lines: string[] = [];
  for (const dir of ['data', 'content']) {
    let entries;
    try {
      entries = readdirSync(join(root, dir), { recursive: true, withFileTypes: true });
    } catch {
      continue; // A project without the folder: the inspection reports it.
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      // A file deleted since the folder was listed is simply not counted.
      const stats = statSync(path, { throwIfNoEntry: false });
      if (stats) lines.push(`${path} ${stats.size} ${stats.mtimeMs}`);
    }
  }
  return lines.sort().join('\n');
}
