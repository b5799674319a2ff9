import type { APIRoute } from 'astro';

/**
 * robots.txt: every page may be crawled, and search engines are pointed at
 * the sitemap. Print editions stay crawlable so crawlers can read the noindex
 * on them; a Disallow would hide that and could leave them listed.
 */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('data/partnership.yaml has no siteUrl, so robots.txt cannot give the sitemap’s full address.');
  const text = ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('sitemap.xml', site).href}`, ''].join('\n');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
