import type { ContentProblem } from '../load/content-problem.ts';
import { annualReportPdfName, childVersionPdfName } from '../pdf-file-name.ts';
import { presentSections } from '../present-sections.ts';
import type { ReportYear, Site } from '../report-year.ts';
import { linkNodes, type ProseBlock } from './prose-blocks.ts';

/** The anchors a year's report page has: its sections and the items the page gives an id. */
function reportAnchors(year: ReportYear): Set<string> {
  return new Set([
    'main',
    'contents-heading',
    'glossary',
    ...presentSections(year).map((section) => section.id),
    ...(year.audits ?? []).map((audit) => `audit-${audit.id}`),
    ...(year.commitments ?? []).map((commitment) => `commitment-${commitment.id}`),
    ...(year.knownIssues ?? []).map((issue) => `known-issue-${issue.id}`),
    ...(year.priorities?.priorities ?? []).map((priority) => `priority-${priority.id}`),
    ...(year.headlineFigures ?? []).map((figure) => `figure-${figure.id}-label`),
  ]);
}

const childAnchors = new Set(['main', 'worried-top', 'worried-end', 'big-numbers', 'what-we-did', 'young-people-said', 'next-year', 'child-glossary']);

/** Every page and file of the built site a link may point to, with the anchors each has. */
export function sitePages(site: Pick<Site, 'partnership' | 'years'>): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>([['/', new Set(['main'])]]);
  for (const year of site.years) {
    pages.set(`/${year.id}/`, reportAnchors(year));
    pages.set(`/${year.id}/${annualReportPdfName(site.partnership.shortName, year.id)}`, new Set());
    if (year.narrative.children) {
      pages.set(`/${year.id}/children/`, childAnchors);
      pages.set(`/${year.id}/${childVersionPdfName(site.partnership.shortName, year.id)}`, new Set());
    }
  }
  return pages;
}

/** The page a file's text is shown on. */
function pageOf(file: string): string | undefined {
  const match = /^(?:data|content)\/(\d{4}-\d{2})\/(children\.(?:md|yaml))?/.exec(file);
  if (!match) return undefined;
  return match[2] ? `/${match[1]}/children/` : `/${match[1]}/`;
}

/**
 * Links within the site must lead somewhere: "#section-id" to a part of the
 * same page, "/2024-25/#governance" to a page and part that exist. Other
 * sites' addresses are not fetched here (they are only links).
 */
export function checkInternalLinks(blocks: readonly ProseBlock[], site: Pick<Site, 'partnership' | 'years'>): ContentProblem[] {
  const pages = sitePages(site);
  const problems: ContentProblem[] = [];
  for (const prose of blocks) {
    for (const { node, offset } of linkNodes(prose)) {
      const url = node.url.trim();
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;
      const base = { file: prose.file, line: prose.lineAt(offset), field: prose.field, found: url, severity: 'error' as const, check: 'links' };
      const [path, fragment] = url.split('#', 2) as [string, string | undefined];
      const page = path === '' ? pageOf(prose.file) : path.endsWith('/') || /\.[a-z]+$/i.test(path) ? path : `${path}/`;
      if (!page || !page.startsWith('/')) {
        problems.push({
          ...base,
          message: 'This link is written relative to the file, but the page it leads to depends on where the text is shown.',
          fix: 'Link to a part of the page with "#" and its id (for example #governance), or to another page from the top of the site (for example /2024-25/#governance).',
        });
        continue;
      }
      const anchors = pages.get(page);
      if (!anchors) {
        problems.push({
          ...base,
          message: `The link leads to ${page}, which is not a page of this site.`,
          expected: `one of: ${[...pages.keys()].join(', ')}`,
          fix: 'Correct the address; a year’s report is at /<year>/, for example /2024-25/.',
        });
      } else if (fragment !== undefined && fragment !== '' && !anchors.has(fragment)) {
        problems.push({
          ...base,
          message: `The link leads to "#${fragment}", which is not a part of ${page}.`,
          expected: `one of: ${[...anchors].join(', ')}`,
          fix: 'Use the id of a section as listed (for example #governance); check the spelling.',
        });
      }
    }
  }
  return problems;
}
