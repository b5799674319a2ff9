import { stringify } from 'yaml';
import { z } from 'zod';
import { examplePath } from '../model/example-files.ts';
import type { ReportYear } from '../model/report-year.ts';
import { dataParts, reportParts, type ScaffoldKind } from '../model/report-parts.ts';
import { narrativeFrontMatter } from '../model/schemas/narrative.ts';
import type { Partnership } from '../model/schemas/partnership.ts';
import type { ReportMeta } from '../model/schemas/report-meta.ts';
import { narrativeFiles, sections } from '../model/sections.ts';
import { periodOf, shiftYear } from '../model/year-sequence.ts';

/** One file the new-year command writes, relative to the project root. */
export interface ScaffoldFile {
  path: string;
  text: string;
}

const formatYear = (id: string) => id.replace('-', '/');

/**
 * The new year's report.yaml values. Every field a new year starts with is
 * set here, in one place, so a field added to report.yaml later is added
 * to new years by adding it here.
 */
export function newYearMeta(yearId: string, partnership: Pick<Partnership, 'area'>): ReportMeta {
  const period = periodOf(yearId);
  const [from, to] = [period.start, period.end].map((date) =>
    new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  return {
    title: `Annual report ${formatYear(yearId)}`,
    period,
    status: 'draft',
    summary: `How ${partnership.area}'s council, NHS and police worked together to keep children safe from ${from} to ${to}, and how well it worked.`,
  };
}

function reportYaml(yearId: string, partnership: Pick<Partnership, 'area'>): string {
  return [
    `# What this report is. It stays a draft, shown only on the preview server`,
    `# (npm run dev) with a "Draft" banner, until status is changed to published`,
    `# and publicationDate is added.`,
    `# For a published one, see ${examplePath(`data/${yearId}/report.yaml`)}.`,
    stringify(newYearMeta(yearId, partnership), { lineWidth: 80 }).trimEnd(),
    '',
  ].join('\n');
}

/** Unwraps optional, nullable and default layers to the schema underneath. */
function inner(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** The fields of an object schema (or of the items of a list of objects), described from the schema itself. */
function fieldComments(schema: z.ZodType, indent: string): string[] {
  const target = inner(schema);
  const object = target instanceof z.ZodArray ? inner(target.element as z.ZodType) : target;
  if (!(object instanceof z.ZodObject)) return [];
  return Object.entries(object.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
    const optional = field instanceof z.ZodOptional;
    const description = field.description ?? inner(field).description ?? '';
    const line = `#${indent}${key}${optional ? ' (optional)' : ''}: ${description}`;
    const innerType = inner(field);
    const nested = innerType instanceof z.ZodArray || innerType instanceof z.ZodObject ? fieldComments(innerType, `${indent}  `) : [];
    return [line, ...(nested.length && innerType instanceof z.ZodArray ? [`#${indent}  Each item has:`] : []), ...nested];
  });
}

/** Wraps a comment at about 78 characters, keeping its indentation. */
function wrapComment(line: string): string[] {
  const match = /^(#\s*)(.*)$/.exec(line)!;
  const [, lead, rest] = match;
  const out: string[] = [];
  let current = '';
  for (const word of rest.split(' ')) {
    if (current && lead.length + current.length + 1 + word.length > 78) {
      out.push(lead + current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push(lead + current);
  return out.map((text, index) => (index === 0 ? text : `${lead}  ${text.slice(lead.length)}`));
}

function dataFileComment(path: string, title: string, schema: z.ZodType, extra: string[] = []): string {
  return [
    `# ${title}`,
    '# Fill this in, following the fields below, or delete the file if the year',
    '# has no such part. While it holds only comments it is left out of the report.',
    `# For a filled-in example, see ${examplePath(path)}.`,
    '#',
    ...fieldComments(schema, ' ').flatMap(wrapComment),
    ...extra,
    '',
  ].join('\n');
}

/** Last year's priorities for this year, as commitments whose delivery is not yet reported. */
function commitmentsYaml(path: string, schema: z.ZodType, { yearId, carried }: ScaffoldContext): string {
  const priorities = carried?.priorities?.forYear === yearId ? carried.priorities.priorities : [];
  const header = [
    `# "What we said, what we delivered" for ${formatYear(yearId)}.`,
    `# For a filled-in example, see ${examplePath(path)}.`,
    ...(priorities.length
      ? [
          `# Each priority the ${formatYear(carried!.id)} report made for ${formatYear(yearId)} is carried here`,
          '# with its id. Keep every one: the build reports any that go missing. As',
          '# the year is written up, add "delivered" (what was done) and change status',
          '# to delivered, in progress or not delivered.',
        ]
      : ['# Last year\'s report is not on this website, or made no priorities for this', '# year, so there is nothing to carry forward.']),
    '#',
    ...fieldComments(schema, ' ').flatMap(wrapComment),
  ];
  if (!priorities.length) return `${header.join('\n')}\n`;
  const body = stringify(
    { commitments: priorities.map((priority) => ({ id: priority.id, said: priority.title, status: 'not yet reported' })) },
    { lineWidth: 80 },
  );
  return `${header.join('\n')}\n${body}`;
}

/** What the new year is made from: its id, the report whose priorities it carries, and the last year with headline figures. */
interface ScaffoldContext {
  yearId: string;
  carried?: ReportYear;
  lastFigures?: ReportYear;
}

/** The note each kind of part's file adds below its commented fields. */
const notes: Record<Exclude<ScaffoldKind, 'carried priorities'>, (context: ScaffoldContext) => string[]> = {
  fields: () => [],
  "fields and last year's figure ids": ({ lastFigures }) =>
    lastFigures
      ? ['#', `# Use the same id as ${formatYear(lastFigures.id)} for the same measure, so the trends page`, `# can compare them: ${lastFigures.headlineFigures!.map((figure) => figure.id).join(', ')}.`].flatMap(wrapComment)
      : [],
  'fields and the year after': ({ yearId }) => ['#', `# forYear is ${shiftYear(yearId, 1)}: next year's "what we said" starts from these.`],
};

/** A Markdown file whose front matter and text are comments saying what goes there. */
function markdownFile(path: string, file: string, kind: keyof typeof narrativeFrontMatter): string {
  const section = sections.find((candidate) => candidate.narrative?.file === file);
  const about = section ? `${section.title}: ${section.about}` : 'The child version’s words, for readers of about 10.';
  const fields = fieldComments(narrativeFrontMatter[kind], ' ').flatMap(wrapComment);
  const frontMatter = kind === 'plain' ? [] : ['---', '# Fields for the top of this file, between the --- lines:', ...fields, '---'];
  return [
    ...frontMatter,
    '<!--',
    about,
    `For a filled-in example, see ${examplePath(path)}.`,
    'Write the text in Markdown below this comment, then delete the comment. Start',
    'a sub-heading with #. While the file holds only comments, the section is',
    'left out of the report.',
    '-->',
    '',
  ].join('\n');
}

/**
 * Every file of a new reporting year: report.yaml filled in as a draft, each
 * data part and section as a commented file saying what goes there, and the
 * previous report's priorities for this year carried into its commitments.
 */
export function scaffoldYear(options: { yearId: string; partnership: Pick<Partnership, 'area'>; years: readonly ReportYear[] }): ScaffoldFile[] {
  const { yearId, partnership, years } = options;
  const carried = years.find((year) => year.priorities?.forYear === yearId) ?? years.find((year) => year.id === shiftYear(yearId, -1));
  const lastFigures = years.filter((year) => year.headlineFigures?.length).at(-1);
  const files: ScaffoldFile[] = [{ path: `data/${yearId}/report.yaml`, text: reportYaml(yearId, partnership) }];
  const context: ScaffoldContext = { yearId, carried, lastFigures };
  for (const part of dataParts) {
    const { file, schema, scaffold } = reportParts[part];
    const path = `data/${yearId}/${file}`;
    files.push({ path, text: scaffold === 'carried priorities' ? commitmentsYaml(path, schema, context) : dataFileComment(path, schema.description ?? file, schema, notes[scaffold](context)) });
  }
  for (const [file, kind] of narrativeFiles) {
    const path = `content/${yearId}/${file}.md`;
    files.push({ path, text: markdownFile(path, file, kind) });
  }
  return files;
}
