import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { croydonOnly } from './croydon-content.ts';
import { appRoot } from './paths.ts';

/** The council papers transcribed into data/<year>/committee-reports/, with the text extracted from each source PDF. */
export const sourceCoverReports = [
  { year: '2016-17', meeting: 'children-scrutiny-2017-11', source: '2016-17-cscb-annual-report-scrutiny-cover-report.txt' },
  { year: '2020-21', meeting: 'informal-cabinet', source: '2020-21-cscp-annual-report-cabinet-cover-report.txt' },
  { year: '2023-24', meeting: 'children-scrutiny-2023-02', source: '2023-02-police-and-multi-agency-working-scrutiny-report.txt' },
] as const;

export interface SourceParagraph {
  /** "2.3" */
  number: string;
  /** The paragraph's first words as the source prints them. */
  firstWords: string;
}

const sourceDir = join(appRoot, '..', 'shared', 'source');

/** Why the test of one transcription cannot run here (another partnership's content, or no source documents beside the checkout), or false. */
export function transcriptionSkip(source: string): string | false {
  if (croydonOnly.skip) return croydonOnly.skip;
  return existsSync(join(sourceDir, source)) ? false : `the source document ${source} is not beside the checkout, in ../shared/source/`;
}

export function sourceText(file: string): string {
  return readFileSync(join(sourceDir, file), 'utf8');
}

/**
 * Every numbered paragraph of a source paper (1.1, 2.3, 8.4…) with its first
 * four words, read from the source text itself. A number is a paragraph's
 * when it is followed by words; each number is taken once, at its first
 * appearance, since the extracted text repeats none.
 */
export function sourceParagraphs(file: string, words = 4): SourceParagraph[] {
  const text = sourceText(file).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  const found: SourceParagraph[] = [];
  for (const match of text.matchAll(/(?<![\d.,/£%])\b(\d{1,2}\.\d{1,2})(?![\d.%])\s+([^\s].*)/g)) {
    const number = match[1];
    if (found.some((paragraph) => paragraph.number === number)) continue;
    found.push({ number, firstWords: match[2].trim().split(/\s+/).slice(0, words).join(' ') });
  }
  return found;
}

/** Each section heading of a source paper ("3. STATUTORY ROLE OF…"): its number and first two words, in capitals as printed. */
export function sourceSectionHeadings(text: string): { number: string; words: string }[] {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/^\s*(\d{1,2})\.?\s+([A-Z]{2,}[A-Z’']*(?:\s+[A-Z]{2,}[A-Z/’']*)?)/gm)) {
    if (!found.has(match[1])) found.set(match[1], match[2].replace(/\s+/g, ' '));
  }
  return [...found].map(([number, words]) => ({ number, words }));
}
