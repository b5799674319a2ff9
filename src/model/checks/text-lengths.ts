import { contentLimits } from '../load/content-limits.ts';
import type { ContentProblem } from '../load/content-problem.ts';
import type { ProseBlock } from './prose-blocks.ts';

/** Fields shown as headings, table cells and bookmarks, which must stay short to be read (and laid out) at all. */
const labelFields = /(?:^|→ )(?:label|title|name|shortName|heading|area|agency|meeting)$/;

/**
 * A label or paragraph far longer than any report's: usually text pasted
 * into the wrong field, and a page or PDF laid out around it can take
 * minutes and be unreadable.
 */
export function checkTextLengths(blocks: readonly ProseBlock[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const prose of blocks) {
    const isLabel = prose.field !== undefined && labelFields.test(prose.field);
    if (isLabel && prose.text.length > contentLimits.maxLabelChars) {
      problems.push({
        file: prose.file,
        line: prose.lineAt(0),
        field: prose.field,
        message: `This is ${prose.text.length.toLocaleString('en-GB')} characters long, too long for a label, title or name (at most ${contentLimits.maxLabelChars}).`,
        found: `${prose.text.slice(0, 60)}…`,
        fix: 'Keep the label short and put the explanation in the commentary or the text of the section.',
        severity: 'error',
        check: 'text-lengths',
      });
      continue;
    }
    let offset = 0;
    for (const paragraph of prose.text.split(/\n\s*\n/)) {
      if (paragraph.length > contentLimits.maxParagraphChars) {
        problems.push({
          file: prose.file,
          line: prose.lineAt(prose.text.indexOf(paragraph, offset)),
          field: prose.field,
          message: `This paragraph is ${paragraph.length.toLocaleString('en-GB')} characters long, far longer than a reader can follow (at most ${contentLimits.maxParagraphChars.toLocaleString('en-GB')}).`,
          found: `${paragraph.slice(0, 60)}…`,
          fix: 'Split it into paragraphs with a blank line between them, or into a list.',
          severity: 'error',
          check: 'text-lengths',
        });
      }
      offset += paragraph.length;
    }
  }
  return problems;
}
