import { childBlocks, type ChildBlock } from '../children/child-blocks.ts';
import type { ContentProblem } from '../load/content-problem.ts';
import type { SourceIndex } from '../load/source-files.ts';
import type { ReportYear } from '../report-year.ts';
import { childReadingTarget, measureReadingLevel } from './reading-level.ts';

const acronym = /\b[A-Z][A-Z0-9&]{1,}s?\b/g;

/** Short items of one list are read one after another, and a formula is noisy on a single short sentence, so they are measured together. */
function measuredBlocks(year: ReportYear): Pick<ChildBlock, 'file' | 'path' | 'field' | 'text'>[] {
  const blocks = childBlocks(year).filter((block) => !block.verbatim);
  const lists = new Map<string, typeof blocks>();
  for (const block of blocks) {
    const list = `${block.file} ${String(block.path[0])}`;
    lists.set(list, [...(lists.get(list) ?? []), block]);
  }
  return [...lists.values()].flatMap((list): Pick<ChildBlock, 'file' | 'path' | 'field' | 'text'>[] =>
    list[0].path[0] === 'nextYear'
      ? [{ file: list[0].file, path: ['nextYear'], field: 'nextYear', text: list.map((block) => block.text).join(' ') }]
      : list,
  );
}

/**
 * Children's text must be easy to read and explain itself: each block is
 * measured against the reading target, and every abbreviation must be in the
 * child version's own glossary. A young person's quoted words are shown as
 * they wrote them, so only their abbreviations are checked.
 */
export function checkChildText(year: ReportYear, sources?: SourceIndex): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const explained = new Set((year.children?.glossary ?? []).map((entry) => entry.term));
  for (const block of measuredBlocks(year)) {
    const measure = measureReadingLevel(block.text);
    if (!measure.passes) {
      problems.push({
        file: block.file,
        line: sources?.lineOf(block.file, block.path),
        field: block.field,
        message: `This text is harder to read than the target for children (Flesch-Kincaid grade ${measure.grade.toFixed(1)}; the most is ${childReadingTarget.maxGrade}, with no sentence over ${childReadingTarget.maxWordsPerSentence} words).`,
        found: measure.hardest.map((sentence) => `"${sentence.text}" (${sentence.words} words, grade ${sentence.grade.toFixed(1)})`).join('\n              '),
        fix: 'Use shorter sentences with one idea each, and everyday words with fewer syllables.',
        severity: 'error',
      });
    }
  }
  for (const block of childBlocks(year)) {
    const unexplained = [...new Set([...block.text.matchAll(acronym)].map((match) => match[0].replace(/s$/, '')))].filter(
      (term) => !explained.has(term) && !explained.has(`${term}s`),
    );
    for (const term of unexplained) {
      problems.push({
        file: block.file,
        line: sources?.lineOf(block.file, block.path),
        field: block.field,
        message: `"${term}" is not explained for children.`,
        found: term,
        fix: `Write it out in plain words, or add it with its meaning to the glossary in data/${year.id}/children.yaml.`,
        severity: 'error',
      });
    }
  }
  return problems;
}
