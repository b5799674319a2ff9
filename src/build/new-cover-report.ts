/**
 * `npm run new-cover-report -- <year> <meeting> --format <name>`: starts a
 * committee cover report in one of the council's formats, as a commented
 * file in data/<year>/committee-reports/.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverReportFormats, formatNames, formatOf } from '../model/cover-report-formats.ts';
import { isYearId } from '../model/year-sequence.ts';
import { readCommandLine } from './command-line.ts';
import { projectRoot } from './project-root.ts';
import { scaffoldCoverReport } from './scaffold-cover-report.ts';

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

const usage = 'npm run new-cover-report -- <year> <meeting> --format <name>';
const { positionals, values } = readCommandLine({
  usage,
  summary:
    'Starts a committee cover report for a meeting, for example: npm run new-cover-report -- 2025-26 children-scrutiny-2026-11 --format decision-2023. ' +
    'It writes data/<year>/committee-reports/<meeting>.yaml with every field and section of the council’s format, each saying what goes there.',
  options: {
    format: { type: 'string', description: `The council’s format: ${Object.values(coverReportFormats).map((format) => `${format.name} (${format.description})`).join('; ')}.` },
  },
  positionals: true,
});

const [yearId, meeting] = positionals;
if (!yearId || !meeting) stop(`Give the year and the meeting like this: ${usage}`);
if (!isYearId(yearId)) stop(`"${yearId}" is not a reporting year: write the year it starts and the last two digits of the next, such as 2025-26.`);
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(meeting)) stop(`"${meeting}" cannot be the file's name: use lower case letters, digits and hyphens, for example children-scrutiny-2026-11.`);
const format = values.format ? formatOf(values.format) : undefined;
if (!format) stop(`${values.format ? `"${values.format}" is not one of the council's formats.` : 'Say which of the council’s formats the report follows, with --format.'} The formats are: ${formatNames.join(', ')}.`);
if (!existsSync(join(projectRoot, 'data', yearId))) stop(`There is no year ${yearId} in data/. Start it with npm run new-year -- ${yearId} first. Nothing was changed.`);

const file = `data/${yearId}/committee-reports/${meeting}.yaml`;
if (existsSync(join(projectRoot, file))) stop(`${file} already exists. Nothing was changed.`);
mkdirSync(join(projectRoot, 'data', yearId, 'committee-reports'), { recursive: true });
writeFileSync(join(projectRoot, file), scaffoldCoverReport(format, meeting), { flag: 'wx' });
console.log(`Started ${file} in the ${format.name} format. Fill in each blank, then run npm run check: it says what is still missing.`);
