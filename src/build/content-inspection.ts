import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inspectSite, type Inspection } from '../model/inspect-site.ts';
import type { Site } from '../model/report-year.ts';
import { dictionaryCacheFile } from './project-root.ts';
import { writeWholeFile } from './write-whole-file.ts';

/** Names the file in which the build hands Astro the site it has just checked. */
export const checkedSiteVariable = 'CHECKED_SITE_FILE';

/**
 * Written by the build once its check has passed, for the Astro process it
 * starts next: with the content's signature, so the loader uses it only for
 * the very files that were checked.
 */
export function writeCheckedSite(file: string, root: string, site: Site): void {
  writeWholeFile(file, JSON.stringify({ signature: contentSignature(root), site }));
}

/** The site the build checked, when it handed one over and no file has changed since. */
function handedOver(root: string): Site | undefined {
  const file = process.env[checkedSiteVariable];
  if (!file) return undefined;
  try {
    const { signature, site } = JSON.parse(readFileSync(file, 'utf8')) as { signature: string; site: Site };
    return signature === contentSignature(root) ? site : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `inspectSite` for the Astro content loader, which asks once for each
 * collection: the answer is shared until a file in data/ or content/
 * changes (its path, size or time), so the preview server checks again after
 * each edit. Astro runs in a process of its own; in a build, the site the
 * build has just checked is handed over rather than checked a second time.
 */
const inspections = new Map<string, { signature: string; inspection: Promise<Pick<Inspection, 'site' | 'problems'>> }>();

export function inspectContent(root: string): Promise<Pick<Inspection, 'site' | 'problems'>> {
  const signature = contentSignature(root);
  const known = inspections.get(root);
  if (known?.signature === signature) return known.inspection;
  const site = handedOver(root);
  const inspection = site ? Promise.resolve({ site, problems: [] }) : inspectSite(root, { dictionaryCacheFile: dictionaryCacheFile(root) });
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
