import { join } from 'node:path';
import sharp from 'sharp';
import { logoHeight } from '../model/checks/logo.ts';
import type { Partnership } from '../model/schemas/partnership.ts';

/**
 * Publishes the partnership's logo as /logo.png. An SVG is drawn to pixels
 * rather than copied: an SVG file can hold script and links, a PNG only the
 * picture.
 */
export async function publishLogo(root: string, siteDir: string, partnership: Partnership): Promise<boolean> {
  if (!partnership.logo) return false;
  await sharp(join(root, 'data', partnership.logo.file), { density: 300 }).resize({ height: logoHeight }).png().toFile(join(siteDir, 'logo.png'));
  return true;
}
