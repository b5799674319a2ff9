/**
 * `npm run new-year -- 2025-26`: starts the next reporting year as a draft,
 * with a file for every part of the report saying what goes there.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatProblems } from '../model/load/content-problem.ts';
import { inspectSite } from '../model/inspect-site.ts';
import { isYearId, shiftYear } from '../model/year-sequence.ts';
import { readCommandLine } from './command-line.ts';
import { dictionaryCacheFile, projectRoot } from './project-root.ts';
import { scaffoldYear } from './scaffold-year.ts';

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

const { positionals } = readCommandLine({
  usage: 'npm run new-year -- <year>',
  summary:
    'Starts a reporting year as a draft, for example 2025-26: a file for every part of the report in data/<year>/ and content/<year>/, ' +
    'each saying what goes there, with the priorities an earlier report made for that year carried in as commitments.',
  positionals: true,
});
const yearId = positionals[0];
if (!yearId || !isYearId(yearId)) {
  stop(
    `Give the new reporting year like this: npm run new-year -- 2025-26\n${yearId ? `"${yearId}" is not a reporting year: write the year it starts and the last two digits of the next, such as 2025-26.` : ''}`,
  );
}
const taken = ['data', 'content'].map((dir) => `${dir}/${yearId}`).filter((dir) => existsSync(join(projectRoot, dir)));
if (taken.length > 0) stop(`The year ${yearId} already exists (${taken.join(', ')}). Nothing was changed.`);

// The first year of a new repository: having no year yet is what this command is for.
const { site, problems } = await inspectSite(projectRoot, { yearsRequired: false, dictionaryCacheFile: dictionaryCacheFile(projectRoot) });
if (!site) stop(`${formatProblems(problems)}\n\nFix the content first (npm run check), then run this again. Nothing was changed.`);
const { partnership, years } = site;

const files = scaffoldYear({ yearId, partnership, years });
for (const file of files) {
  const full = join(projectRoot, file.path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, file.text, { flag: 'wx' });
}
const carried = years.find((year) => year.priorities?.forYear === yearId);
console.log(`Started ${yearId} as a draft: ${files.length} files in data/${yearId}/ and content/${yearId}/.`);
console.log(
  carried
    ? `${carried.priorities!.priorities.length} priorities from the ${carried.id} report are carried into data/${yearId}/commitments.yaml as "not yet reported".`
    : `No report on this website made priorities for ${yearId} (the year before is ${shiftYear(yearId, -1)}), so commitments.yaml starts empty.`,
);
console.log('Preview it with npm run dev; it stays out of the public build until report.yaml says status: published.');
