import type { FieldPath } from '../load/yaml-source.ts';
import { presentSections } from '../present-sections.ts';
import type { ReportYear } from '../report-year.ts';
import { childFigure, type ChildFigure } from './child-figures.ts';

/** Where a block of the child version comes from in the report. */
export type ChildBlockSource =
  | { kind: 'section'; id: string; title: string }
  | { kind: 'figure'; id: string; title: string; figure: ChildFigure }
  /** A name that is neither a section this year has nor one of its figures. */
  | { kind: 'missing'; id: string };

/** One block of the child version as a child reads it, with the part of the report it simplifies. */
export interface ChildBlock {
  file: string;
  /** Where in the file, as a path for finding its line and in words for messages. */
  path: FieldPath;
  field: string;
  text: string;
  source: ChildBlockSource;
  /** A young person's own words: quoted exactly, so not measured against the reading target. */
  verbatim?: boolean;
}

/** What a source name refers to: a section the year shows, or one of its figures. */
export function resolveChildSource(year: ReportYear, id: string): ChildBlockSource {
  const section = presentSections(year).find((candidate) => candidate.id === id);
  if (section) return { kind: 'section', id, title: section.title };
  const figure = childFigure(year, id);
  if (figure) return { kind: 'figure', id, title: figure.label, figure };
  return { kind: 'missing', id };
}

const inWords = (path: FieldPath) => path.map((key) => (typeof key === 'number' ? `item ${key + 1}` : key)).join(' → ');

/**
 * Every block of a year's child version, in page order, each with its
 * source: what the checks measure and what a reviewer signs off beside the
 * report. The closing message and the "who to talk to" box are advice to
 * children rather than an account of the year, so they name no source.
 */
export function childBlocks(year: ReportYear): ChildBlock[] {
  const blocks: ChildBlock[] = [];
  const narrative = year.narrative.children;
  const child = narrative?.children;
  const add = (file: string, path: FieldPath, text: string, sourceId: string, verbatim?: boolean) =>
    blocks.push({ file, path, field: inWords(path), text, source: resolveChildSource(year, sourceId), verbatim });
  if (narrative && child) {
    const file = narrative.file;
    add(file, ['intro'], child.intro.text, child.intro.source);
    child.whatWeDid.forEach((item, index) => add(file, ['whatWeDid', index], item.text, item.source));
    if (child.quote) add(file, ['quote'], child.quote.text, child.quote.source, true);
    child.youngPeopleSaid.forEach((item, index) => add(file, ['youngPeopleSaid', index], `${item.said} ${item.changed}`, item.source));
    child.nextYear.forEach((item, index) => add(file, ['nextYear', index], item.text, item.source));
  }
  if (year.children) {
    const file = `data/${year.id}/children.yaml`;
    year.children.featuredFigures.forEach((featured, index) =>
      add(file, ['featuredFigures', index], `${sentenceCase(featured.label)}. ${featured.meaning}`, featured.figure),
    );
    year.children.pictureCharts.forEach((chart, index) =>
      add(file, ['pictureCharts', index], [`${chart.heading}.`, `${sentenceCase(chart.label)}.`, chart.meaning].filter(Boolean).join(' '), chart.figure),
    );
  }
  return blocks;
}

/** A label is read after its number ("535 children were…"), so it is measured as a sentence of its own. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
