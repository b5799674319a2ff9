import type { Root as HastRoot, Element } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Moves headings down so that a "#" in a section's Markdown becomes the level
 * just below the section's own heading, keeping one ordered outline per page.
 */
function shiftHeadings(options: { below: number }) {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      const match = /^h([1-6])$/.exec(node.tagName);
      if (match) node.tagName = `h${Math.min(6, Number(match[1]) + options.below)}`;
    });
  };
}

const processors = new Map<number, ReturnType<typeof makeProcessor>>();

function makeProcessor(below: number) {
  // Raw HTML in Markdown is dropped (remark-rehype without allowDangerousHtml)
  // and the result sanitised, so content can never inject script or styles.
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(shiftHeadings, { below })
    .use(rehypeSanitize)
    .use(rehypeStringify);
}

/** Renders a section's Markdown to HTML; `headingLevel` is the level of the section's own heading. */
export function renderMarkdown(markdown: string, headingLevel = 2): string {
  let processor = processors.get(headingLevel);
  if (!processor) {
    processor = makeProcessor(headingLevel);
    processors.set(headingLevel, processor);
  }
  return String(processor.processSync(markdown));
}

/** Renders one line of Markdown (bold, italics, links) without a wrapping paragraph. */
export function renderInline(markdown: string): string {
  return renderMarkdown(markdown).replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
