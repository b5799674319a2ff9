import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

type Token = { heading: number; text: string } | { heading: 0; text: string };

/** The page's headings and words in reading order, headings marked with their level. */
function tokens(node: Root | RootContent, out: Token[] = []): Token[] {
  if (node.type === 'text' && node.value.trim()) out.push({ heading: 0, text: node.value.trim() });
  if (node.type === 'element') {
    const level = /^h([1-6])$/.exec(node.tagName);
    if (level) {
      out.push({ heading: Number(level[1]), text: textOf(node) });
      return out;
    }
    if (node.tagName === 'svg' || node.tagName === 'img') out.push({ heading: 0, text: node.tagName });
  }
  if ('children' in node) for (const child of node.children) tokens(child, out);
  return out;
}
export const textOf = (node: Element | RootContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/** Headings with nothing under them before the next heading of the same or a higher level. */
export function emptyHeadings(html: string): string[] {
  const all = tokens(fromHtml(html));
  return all.flatMap((token, index) => {
    if (!token.heading) return [];
    const rest = all.slice(index + 1);
    const end = rest.findIndex((next) => next.heading > 0 && next.heading <= token.heading);
    const under = end === -1 ? rest : rest.slice(0, end);
    return under.some((next) => next.heading === 0) ? [] : [`h${token.heading} "${token.text}"`];
  });
}
