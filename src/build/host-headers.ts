import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface PagePolicy {
  /** The address the page is served at, such as /2024-25/. */
  path: string;
  /** The Content-Security-Policy its meta tag states. */
  policy: string;
}

/** The policy a built page states in its meta tag, read from the parsed page, or undefined. */
export function statedPolicy(html: string): string | undefined {
  let policy: string | undefined;
  visit(fromHtml(html) as Root, 'element', (node: Element) => {
    if (node.tagName === 'meta' && String(node.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy') {
      policy = String(node.properties.content ?? '');
    }
  });
  return policy;
}

/**
 * The `_headers` file that Netlify and Cloudflare Pages read. A meta tag
 * cannot say who may frame a page, so each page's own policy is sent again as
 * a header with `frame-ancestors 'none'`; it is written page by page, not for
 * `/*`, because those hosts join two matching values with a comma, and two
 * policies are both enforced, which would stop the search page's script.
 * Files under /_astro/ have a hash in their names and can be kept for ever;
 * pages must be asked for again, so a correction reaches readers at once.
 */
export function hostHeaders(pages: readonly PagePolicy[]): string {
  const rule = (path: string, headers: Record<string, string>) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return [
    '# Written by the build from each page’s own Content-Security-Policy; do not edit (it is remade every build).',
    rule('/*', { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin', 'X-Frame-Options': 'DENY' }),
    rule('/_astro/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    ...[...pages]
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((page) => rule(page.path, { 'Content-Security-Policy': `${page.policy}; frame-ancestors 'none'`, 'Cache-Control': 'no-cache' })),
    '',
  ].join('\n\n');
}

/** Every page of a built site with its stated policy; a page without one is an error, since it would be served unprotected. */
export function readPagePolicies(siteDir: string): PagePolicy[] {
  const pages: PagePolicy[] = [];
  for (const entry of readdirSync(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const route = `/${relative(siteDir, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
    const policy = statedPolicy(readFileSync(file, 'utf8'));
    if (!policy) throw new Error(`${route} has no Content-Security-Policy meta tag, so it would be served without one. Every page's layout must include it.`);
    pages.push({ path: route, policy });
  }
  return pages;
}

/** Writes `_headers` at the top of a built site. */
export function writeHostHeaders(siteDir: string): number {
  const pages = readPagePolicies(siteDir);
  writeFileSync(join(siteDir, '_headers'), hostHeaders(pages));
  return pages.length;
}
