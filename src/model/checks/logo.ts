import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { ContentProblem } from '../load/content-problem.ts';
import type { SourceIndex } from '../load/source-files.ts';
import type { Partnership } from '../schemas/partnership.ts';

/** The height the logo is published at, twice the 48 pixels it is shown at, for high-density screens. */
export const logoHeight = 96;

/** The logo the settings name must be in data/, be a picture the build can read, and not be so small it blurs. */
export async function checkLogo(partnership: Partnership, root: string, sources: SourceIndex, file = 'data/partnership.yaml'): Promise<ContentProblem[]> {
  if (!partnership.logo) return [];
  const base = { file, line: sources.lineOf(file, ['logo', 'file']), field: 'logo → file', found: partnership.logo.file, severity: 'error' as const, check: 'logo' };
  const path = join(root, 'data', partnership.logo.file);
  if (!existsSync(path)) return [{ ...base, message: `There is no data/${partnership.logo.file}.`, fix: 'Put the logo file in data/, or correct its name here.' }];
  try {
    const { format, height } = await sharp(path).metadata();
    if (format === 'png' && (height ?? 0) < logoHeight) {
      return [{ ...base, message: `The logo is ${height} pixels high; it is shown ${logoHeight / 2} pixels high and needs ${logoHeight} to stay sharp on phones.`, fix: `Use a PNG at least ${logoHeight} pixels high, or an SVG.` }];
    }
  } catch (cause) {
    return [{ ...base, message: `data/${partnership.logo.file} cannot be read as a picture (${cause instanceof Error ? cause.message : String(cause)}).`, fix: 'Save the logo again as an SVG or PNG.' }];
  }
  return [];
}
