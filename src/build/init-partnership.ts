/**
 * `npm run init -- --name "…" --short-name … …`: turns a fresh fork of the
 * project into another partnership's repository. It writes the partnership's
 * settings, empties what was the previous partnership's own (its glossary,
 * word list, privacy lists, years and committee papers; what is national
 * ships with the code) and starts the first reporting year as a draft. Asks for what is
 * not given when run in a terminal.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { checkColourContrast } from '../model/checks/colour-contrast.ts';
import { findYearIds } from '../model/load/load-content.ts';
import { SourceIndex } from '../model/load/source-files.ts';
import { partnershipSchema } from '../model/schemas/partnership.ts';
import { isYearId } from '../model/year-sequence.ts';
import {
  type Adoption,
  localGlossary,
  localWords,
  partnershipSettings,
  partnershipYaml,
  reportingYearOf,
  resetAccessibilityStatement,
  resetPrivacy,
} from './adopt-partnership.ts';
import { readCommandLine } from './command-line.ts';
import { projectRoot } from './project-root.ts';
import { scaffoldYear } from './scaffold-year.ts';

const questions = {
  name: 'The partnership’s full name, for example "Northshire Safeguarding Children Partnership"',
  'short-name': 'Its short name, used in titles and file names, for example "NSCP"',
  area: 'The place it covers, for example "Northshire"',
  website: 'The partnership’s own website, starting https://',
  'site-url': 'Where this annual report website will be published, starting https://',
  council: 'The local authority, one of the three safeguarding partners',
  health: 'The integrated care board, one of the three safeguarding partners',
  police: 'The police force, one of the three safeguarding partners',
  primary: 'The main brand colour as # and six hex digits, for text and links (at least 4.5:1 contrast with white)',
  accent: 'A second colour for borders and chart bars (at least 3:1 contrast with white)',
} as const;

const { values } = readCommandLine({
  usage: 'npm run init -- --name "…" --short-name … --area … --website https://… --site-url https://… --council "…" --health "…" --police "…" --primary "#…" --accent "#…"',
  summary:
    'Turns a fresh fork into another partnership’s repository: writes data/partnership.yaml, empties the previous partnership’s own glossary, word list, ' +
    'privacy lists and years (the national glossary and words come with the code), and starts the first reporting year as a draft. Asks for anything not given when run in a terminal.',
  options: {
    ...(Object.fromEntries(Object.entries(questions).map(([key, description]) => [key, { type: 'string', description }])) as Record<
      keyof typeof questions,
      { type: 'string'; description: string }
    >),
    'contact-page': { type: 'string', description: 'The web page with the partnership’s contact details (its website when not given).' },
    agency: { type: 'string', multiple: true, description: 'Another organisation named in the arrangements, such as a hospital trust.' },
    'first-year': { type: 'string', description: 'The first reporting year to start, such as 2025-26 (the current one when not given).' },
  },
});

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

const answers: Record<string, string | undefined> = { ...values } as Record<string, string | undefined>;
const missing = (Object.keys(questions) as (keyof typeof questions)[]).filter((key) => !answers[key]);
if (missing.length > 0) {
  if (!process.stdin.isTTY) stop(`Give ${missing.map((key) => `--${key}`).join(', ')} (see npm run init -- --help). Nothing was changed.`);
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  for (const key of missing) answers[key] = (await terminal.question(`${questions[key]}: `)).trim();
  terminal.close();
}

const today = new Date().toISOString().slice(0, 10);
const firstYear = answers['first-year'] ?? reportingYearOf(today);
if (!isYearId(firstYear)) stop(`--first-year must be a reporting year such as 2025-26; found "${firstYear}". Nothing was changed.`);

const adoption: Adoption = {
  name: answers.name!,
  shortName: answers['short-name']!,
  area: answers.area!,
  website: answers.website!,
  siteUrl: answers['site-url']!,
  contactPage: answers['contact-page'],
  statutory: { council: answers.council!, health: answers.health!, police: answers.police! },
  relevantAgencies: (values.agency as string[] | undefined) ?? [],
  colours: { primary: answers.primary!, accent: answers.accent! },
};

// The same rules as the content check, said in terms of the options given.
const option = (path: PropertyKey[]) =>
  ({ name: '--name', shortName: '--short-name', area: '--area', website: '--website', siteUrl: '--site-url', contact: '--contact-page', partners: '--council, --health, --police or --agency', colours: `--${String(path[1])}` })[String(path[0])] ?? String(path[0]);
const parsed = partnershipSchema.safeParse(partnershipSettings(adoption));
const refusals = parsed.success
  ? checkColourContrast(parsed.data, new SourceIndex()).map((problem) => `${option(['colours', problem.field?.split(' → ')[1] ?? ''])}: ${problem.message}`)
  : parsed.error.issues.map((issue) => `${option(issue.path)}: ${issue.message}`);
if (refusals.length > 0) stop(`${refusals.join('\n')}\nNothing was changed.`);

const write = (path: string, text: string) => {
  mkdirSync(dirname(join(projectRoot, path)), { recursive: true });
  writeFileSync(join(projectRoot, path), text);
};
const removedYears = findYearIds(projectRoot).ids;
for (const year of removedYears) for (const folder of ['data', 'content']) rmSync(join(projectRoot, folder, year), { recursive: true, force: true });
write('data/partnership.yaml', partnershipYaml(adoption));
write('data/glossary.yaml', localGlossary(adoption));
write('data/words.txt', localWords(adoption));
for (const [file, reset] of [
  ['data/privacy.yaml', (text: string) => resetPrivacy(text, adoption)],
  ['data/accessibility.yaml', (text: string) => resetAccessibilityStatement(text, today)],
] as const) {
  if (existsSync(join(projectRoot, file))) write(file, reset(readFileSync(join(projectRoot, file), 'utf8')));
}
const files = scaffoldYear({ yearId: firstYear, partnership: adoption, years: [] });
for (const file of files) write(file.path, file.text);

console.log(`This repository is now ${adoption.name}'s.`);
if (removedYears.length > 0) console.log(`Removed the previous partnership's years (${removedYears.join(', ')}); git still has them if you need to look back.`);
console.log(`Started ${firstYear} as a draft: ${files.length} files in data/${firstYear}/ and content/${firstYear}/.`);
console.log('Next: read data/accessibility.yaml and data/privacy.yaml, fill in the year (npm run dev to preview it), and commit.');
