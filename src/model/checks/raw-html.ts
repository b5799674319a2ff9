import type { ContentProblem } from '../load/content-problem.ts';
import { htmlNodes, linkNodes, type ProseBlock } from './prose-blocks.ts';

/** What raw HTML can do to a page, in the words the team will read. */
const dangers: { pattern: RegExp; what: string }[] = [
  { pattern: /<\/?script\b/i, what: 'a script, which could run code in readers’ browsers' },
  { pattern: /\son[a-z]+\s*=/i, what: 'an event handler (such as onclick), which runs code in readers’ browsers' },
  { pattern: /<iframe\b/i, what: 'an embedded frame, which loads another site into the page' },
  { pattern: /<(?:object|embed|applet)\b/i, what: 'an embedded object, which loads other content into the page' },
  { pattern: /<style\b/i, what: 'a style sheet, which can break the page’s layout and contrast' },
  { pattern: /\sstyle\s*=/i, what: 'a style attribute, which can break the page’s layout and contrast' },
  { pattern: /<(?:form|input|button|link|meta|base)\b/i, what: 'a form or page-level tag, which the report must not contain' },
  { pattern: /javascript:/i, what: 'a javascript: address, which runs code when clicked' },
];

/**
 * The site removes raw HTML from Markdown, so it can never reach a page;
 * this check says so out loud. Anything that could run code or break the
 * page stops the build; harmless tags (such as <br>) are a warning that they
 * will not appear.
 */
export function checkRawHtml(blocks: readonly ProseBlock[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const prose of blocks) {
    for (const { node, offset } of htmlNodes(prose)) {
      if (/^<!--[\s\S]*-->$/.test(node.value.trim())) continue;
      const danger = dangers.find(({ pattern }) => pattern.test(node.value));
      const index = danger ? node.value.search(danger.pattern) : 0;
      problems.push({
        file: prose.file,
        line: prose.lineAt(offset + Math.max(0, index)),
        field: prose.field,
        message: danger
          ? `This raw HTML contains ${danger.what}. It is not allowed in the report.`
          : 'This raw HTML will be removed from the page: the report is written in Markdown only.',
        found: node.value.length > 120 ? `${node.value.slice(0, 117)}…` : node.value,
        fix: danger
          ? 'Delete the HTML and write the text in Markdown. To show a video or form, link to it instead: [text](https://…).'
          : 'Write it in Markdown instead: a blank line for a new paragraph, **bold**, *italics*, [link text](address).',
        severity: danger ? 'error' : 'warning',
        check: 'raw-html',
      });
    }
    for (const { node, offset } of linkNodes(prose)) {
      if (!/^\s*javascript:/i.test(node.url)) continue;
      problems.push({
        file: prose.file,
        line: prose.lineAt(offset),
        field: prose.field,
        message: 'This link runs code (a javascript: address). It is not allowed in the report.',
        found: node.url,
        fix: 'Link to a page address starting https:// or /, or remove the link.',
        severity: 'error',
        check: 'raw-html',
      });
    }
  }
  return problems;
}
