import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Site } from '../model/report-year.ts';

/** Wide enough for the text column on a high-density screen and for print; anything wider is only weight. */
export const publishedImageWidth = 1600;

/**
 * Copies the pictures the built pages show from content/<year>/images/ into
 * the site, decoded and encoded again so that nothing but the picture
 * survives: sharp writes no EXIF, GPS, XMP or IPTC metadata unless asked to,
 * and the camera's orientation is applied to the pixels first so the picture
 * still stands the right way up. A picture wider than the site needs is made
 * smaller. A file no page shows is not published at all: a photograph left in
 * the folder must not become public by accident (the check warns about it).
 * Returns how many were written.
 */
export async function publishImages(root: string, siteDir: string, site: Site): Promise<number> {
  const shown = picturesShown(siteDir);
  let count = 0;
  for (const year of site.years.filter((candidate) => candidate.meta.status === 'published')) {
    const from = join(root, 'content', year.id, 'images');
    if (!existsSync(from)) continue;
    const to = join(siteDir, year.id, 'images');
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      if (!entry.isFile() || !shown.has(`${year.id}/images/${entry.name}`)) continue;
      mkdirSync(to, { recursive: true });
      try {
        await sharp(join(from, entry.name)).autoOrient().resize({ width: publishedImageWidth, withoutEnlargement: true }).toFile(join(to, entry.name));
      } catch (cause) {
        throw new Error(`content/${year.id}/images/${entry.name} is not a picture the site can publish (${cause instanceof Error ? cause.message : String(cause)}). Save it as a JPEG or PNG, or remove it from the images folder.`);
      }
      count += 1;
    }
  }
  return count;
}

/** Every <year>/images/<file> a built page's <img> points to. */
function picturesShown(siteDir: string): Set<string> {
  const shown = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/<img\b[^>]*?\ssrc="\/(\d{4}-\d{2}\/images\/[^"?#/]+)"/g)) shown.add(decodeURI(match[1]));
      }
    }
  };
  walk(siteDir);
  return shown;
}
