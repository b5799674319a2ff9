import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Site } from '../model/report-year.ts';

/**
 * Copies each published year's pictures from content/<year>/images/ into the
 * site, decoded and encoded again so that nothing but the picture survives:
 * sharp writes no EXIF, GPS, XMP or IPTC metadata unless asked to, and the
 * camera's orientation is applied to the pixels first so the picture still
 * stands the right way up. Returns how many were written.
 */
export async function publishImages(root: string, siteDir: string, site: Site): Promise<number> {
  let count = 0;
  for (const year of site.years.filter((candidate) => candidate.meta.status === 'published')) {
    const from = join(root, 'content', year.id, 'images');
    if (!existsSync(from)) continue;
    const to = join(siteDir, year.id, 'images');
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      if (!entry.isFile() || entry.name.startsWith('.')) continue;
      try {
        await sharp(join(from, entry.name)).autoOrient().toFile(join(to, entry.name));
      } catch (cause) {
        throw new Error(`content/${year.id}/images/${entry.name} is not a picture the site can publish (${cause instanceof Error ? cause.message : String(cause)}). Save it as a JPEG or PNG, or remove it from the images folder.`);
      }
      count += 1;
    }
  }
  return count;
}
