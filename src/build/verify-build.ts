import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Site } from '../model/report-year.ts';

/** What must exist after a build; anything missing means the build is not fit to publish. */
export function verifyBuild(dir: string, site: Site): string[] {
  const expected = ['index.html', ...site.years.filter((year) => year.meta.status === 'published').map((year) => `${year.id}/index.html`)];
  return expected.filter((file) => !existsSync(join(dir, file))).map((file) => `${file} was not produced`);
}
