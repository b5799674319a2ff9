import { childBlocks, resolveChildSource } from '../children/child-blocks.ts';
import { childFigure, knownIssueAbout } from '../children/child-figures.ts';
import type { ContentProblem } from '../load/content-problem.ts';
import type { SourceIndex } from '../load/source-files.ts';
import { presentSections } from '../present-sections.ts';
import type { ReportYear } from '../report-year.ts';
import { sections } from '../sections.ts';

/** Quotes are compared as a reader sees them: line breaks and curly or straight quote marks do not matter. */
export function normaliseQuoted(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/**
 * Every block of the child version must say where in the report it comes
 * from, so it can be signed off against it: a section the year has or one of
 * its figures. A figure the report's own notes call unclear is not simplified
 * for children, and a quote must be the young person's words exactly.
 */
export function checkChildSources(year: ReportYear, sources?: SourceIndex): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const present = presentSections(year).map((section) => section.id);
  for (const block of childBlocks(year)) {
    const isFeatured = block.path[0] === 'featuredFigures';
    const sourceField = isFeatured || block.path[0] === 'pictureCharts' ? 'figure' : 'source';
    const base = { file: block.file, line: sources?.lineOf(block.file, [...block.path, sourceField]), field: `${block.field} → ${sourceField}`, found: block.source.id, severity: 'error' as const };
    if (block.source.kind === 'missing') {
      // A featured figure that does not exist is already reported by the reference check.
      if (isFeatured) continue;
      const known = sections.some((section) => section.id === block.source.id);
      problems.push({
        ...base,
        message: known
          ? `The section "${block.source.id}" is not in the ${year.id} report, so these words cannot come from it.`
          : `"${block.source.id}" is neither a section of the report nor one of its figures.`,
        expected: `a section of this year (${present.join(', ')}) or the id of a figure with a value in data/${year.id}/headline-figures.yaml`,
        fix: 'Name the section or figure of the report these words simplify, exactly as its id is written.',
      });
      continue;
    }
    if (block.source.kind === 'figure') {
      const issue = knownIssueAbout(year, block.source.figure);
      if (issue) {
        problems.push({
          ...base,
          message: `The report's own notes call the figure "${block.source.figure.label}" unclear (known issue "${issue.id}"), so it cannot be explained to children.`,
          fix: `Choose another figure, or wait until the partnership confirms it and the issue is removed from data/${year.id}/known-issues.yaml.`,
        });
      }
    }
  }
  year.children?.pictureCharts.forEach((chart, index) => {
    const file = `data/${year.id}/children.yaml`;
    const figure = childFigure(year, chart.figure);
    if (!figure) return;
    const at = { file, line: sources?.lineOf(file, ['pictureCharts', index, 'figure']), field: `pictureCharts → item ${index + 1} → figure`, found: chart.figure, severity: 'error' as const };
    if (chart.kind === 'share' && figure.unit !== 'percentage') {
      problems.push({ ...at, message: `A "share" picture needs a percentage, but "${figure.label}" is a ${figure.unit}.`, fix: 'Choose a figure given in per cent, or use another kind of picture.' });
    }
    if (chart.kind === 'before-and-after' && !figure.previous) {
      problems.push({ ...at, message: `A "before-and-after" picture needs an earlier value, but "${figure.label}" has none in headline-figures.yaml.`, fix: 'Choose a figure the report gives with an earlier value.' });
    }
  });
  const quote = year.narrative.children?.children?.quote;
  if (quote && year.narrative.children) {
    const file = year.narrative.children.file;
    const at = { file, line: sources?.lineOf(file, ['quote', 'text']), field: 'quote → text', severity: 'error' as const };
    const section = sections.find((candidate) => candidate.id === quote.source);
    const narrative = section?.narrative ? year.narrative[section.narrative.file] : undefined;
    const reportedAbove = resolveChildSource(year, quote.source).kind === 'missing';
    if (!reportedAbove && (!narrative || !narrative.person)) {
      problems.push({ ...at, field: 'quote → source', found: quote.source, message: `The section "${quote.source}" does not say whose words it holds, so the quote cannot name them.`, fix: 'Quote from a section with a "person" (name and role) at the top, such as "young-scrutineer".' });
    } else if (narrative && !normaliseQuoted(narrative.body).includes(normaliseQuoted(quote.text))) {
      problems.push({
        ...at,
        found: quote.text,
        message: `These words are not in ${narrative.file} exactly as written.`,
        fix: `Copy the words exactly from ${narrative.file}: a quote is never reworded. Quote whole sentences.`,
      });
    }
  }
  return problems;
}
