import { dictionaryCacheFile } from '../../src/build/project-root.ts';
import { inspectSite } from '../../src/model/inspect-site.ts';
import { ContentError } from '../../src/model/load/content-problem.ts';
import type { Site } from '../../src/model/report-year.ts';
import { appRoot } from './paths.ts';

/**
 * A project's model as the commands get it, having passed every check;
 * throws with every problem when it does not. The dictionary's accepted
 * words are kept where the commands keep them, so each test file does not
 * load the dictionary again.
 */
export async function checkedSite(root: string): Promise<Site> {
  const { site, problems } = await inspectSite(root, { dictionaryCacheFile: dictionaryCacheFile(appRoot) });
  if (!site) throw new ContentError(problems);
  return site;
}
