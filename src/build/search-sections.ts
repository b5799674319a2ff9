import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** One section of a year's report as a search result of its own. */
export interface SearchSection {
  /** The section's address on the page, for example /2024-25/#income-and-expenditure. */
  url: string;
  /** The section's heading. */
  title: string;
  /** The report's title, shown with the result so the reader knows which year it is from. */
  report: string;
  text: string;
}

const classes = (element: Element) => {
  const value = element.properties?.className;
  return Array.isArray(value) ? value.map(String) : [];
};

/** The words a reader sees: charts' drawn text is left out (their numbers are in the table beside them), as is anything hidden. */
function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && (node.tagName === 'svg' || node.properties?.ariaHidden === 'true' || node.properties?.hidden !== undefined)) return '';
  const inner = node.children.map(textOf).join('');
  return node.type === 'element' && /^(p|li|h\d|td|th|dt|dd|caption|div|section|tr)$/.test(node.tagName) ? ` ${inner} ` : inner;
}

function findAll(node: Root | Element, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) found.push(child);
    else findAll(child, test, found);
  }
  return found;
}

/**
 * Each section of a report page (main sections and their parts alike), so a
 * search lands on the section that holds the words rather than on the top of
 * a page as long as a whole year's report.
 */
export function searchSections(html: string, pagePath: string): SearchSection[] {
  const tree = fromHtml(html);
  const h1 = findAll(tree, (element) => element.tagName === 'h1')[0];
  const report = h1 ? textOf(h1).trim() : pagePath;
  return findAll(tree, (element) => element.tagName === 'section' && (classes(element).includes('report-section') || classes(element).includes('glossary'))).flatMap((section) => {
    const heading = section.children.find((child): child is Element => child.type === 'element' && /^h[23]$/.test(child.tagName));
    const id = heading?.properties?.id;
    if (!heading || typeof id !== 'string' || section.properties?.dataPagefindIgnore !== undefined) return [];
    return [{ url: `${pagePath}#${id}`, title: textOf(heading).trim(), report, text: textOf(section).replace(/\s+/g, ' ').trim() }];
  });
}
