import type { ContentProblem } from '../load/content-problem.ts';
import type { ReportYear } from '../report-year.ts';
import { childReadingTarget, measureReadingLevel } from './reading-level.ts';

interface Block {
  file: string;
  field: string;
  text: string;
}

/** Each block of the child version's words, as a child reads them. */
export function childTextBlocks(year: ReportYear): Block[] {
  const words = year.narrative.children;
  const blocks: Block[] = [];
  if (words?.children) {
    const file = words.file;
    const child = words.children;
    blocks.push({ file, field: 'intro', text: child.intro });
    child.whatWeDid.forEach((item, index) => blocks.push({ file, field: `whatWeDid → item ${index + 1}`, text: item.text }));
    child.youngPeopleSaid.forEach((item, index) =>
      blocks.push({ file, field: `youngPeopleSaid → item ${index + 1}`, text: `${item.said} ${item.changed}` }),
    );
    blocks.push({ file, field: 'nextYear', text: child.nextYear.join(' ') });
    blocks.push({ file, field: 'the closing message (the text below the front matter)', text: words.body });
  }
  if (year.children) {
    const file = `data/${year.id}/children.yaml`;
    blocks.push({ file, field: 'featuredFigures → label and meaning', text: year.children.featuredFigures.map((figure) => `${sentenceCase(figure.label)}. ${figure.meaning}`).join(' ') });
  }
  return blocks;
}

/** A label is read after its number ("535 children were…"), so it is measured as a sentence of its own. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const acronym = /\b[A-Z][A-Z0-9&]{1,}s?\b/g;

/**
 * Children's text must be easy to read and explain itself: each block is
 * measured against the reading target, and every abbreviation must be in the
 * child version's own glossary.
 */
export function checkChildText(year: ReportYear): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const explained = new Set((year.children?.glossary ?? []).map((entry) => entry.term));
  for (const block of childTextBlocks(year)) {
    const measure = measureReadingLevel(block.text);
    if (!measure.passes) {
      problems.push({
        file: block.file,
        field: block.field,
        message: `This text is harder to read than the target for children (Flesch-Kincaid grade ${measure.grade.toFixed(1)}; the most is ${childReadingTarget.maxGrade}, with no sentence over ${childReadingTarget.maxWordsPerSentence} words).`,
        found: measure.hardest.map((sentence) => `"${sentence.text}" (${sentence.words} words, grade ${sentence.grade.toFixed(1)})`).join('\n              '),
        fix: 'Use shorter sentences with one idea each, and everyday words with fewer syllables.',
        severity: 'error',
      });
    }
    const unexplained = [...new Set([...block.text.matchAll(acronym)].map((match) => match[0].replace(/s$/, '')))].filter(
      (term) => !explained.has(term) && !explained.has(`${term}s`),
    );
    for (const term of unexplained) {
      problems.push({
        file: block.file,
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
