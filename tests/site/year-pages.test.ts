import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { checkedSite } from '../helpers/checked-site.ts';
import { formatYear } from '../../src/render/format.ts';
import { contentRoot, dist } from '../helpers/paths.ts';
import { htmlPages } from '../helpers/site-pages.ts';
import { emptyHeadings, textOf } from '../helpers/empty-headings.ts';

const site = await checkedSite(contentRoot);
const published = site.years.filter((year) => year.meta.status === 'published');
const pages = htmlPages(dist);
const read = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('the years of the archive', () => {
  it('lists every published year on the home page, newest first, each with its status', () => {
    const home = fromHtml(read('/'));
    const items: string[] = [];
    const walk = (node: Root | RootContent) => {
      if (node.type === 'element' && String(node.properties.className ?? '').includes('year-list__item')) items.push(textOf(node));
      else if ('children' in node) node.children.forEach(walk);
    };
    walk(home);
    assert.equal(items.length, published.length);
    [...published].reverse().forEach((year, index) => {
      assert.ok(items[index].includes(formatYear(year.id)), items[index]);
      assert.match(items[index], /Published/);
    });
  });

  for (const year of published) {
    it(`${year.id}: every heading has something under it, however few parts the year has`, () => {
      assert.deepEqual(emptyHeadings(read(`/${year.id}/`)), []);
    });
  }

  it('finds an empty heading when there is one', () => {
    assert.deepEqual(emptyHeadings('<main><h2>Has words</h2><p>Words</p><h2>Empty</h2><h2>Parent</h2><h3>Child</h3><p>x</p></main>'), ['h2 "Empty"']);
  });

  it('gives every page its own title and description, a canonical address and Open Graph details', () => {
    const titles = new Set<string>();
    for (const path of pages) {
      const html = read(path);
      const canonical = new URL(path, site.partnership.siteUrl).href;
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
      assert.ok(title && title.length <= 70, `${path}: title "${title}"`);
      titles.add(title);
      assert.match(html, /<meta name="description" content="[^"]{20,}"/, path);
      assert.ok(html.includes(`<link rel="canonical" href="${canonical}">`), `${path}: canonical`);
      assert.ok(html.includes(`<meta property="og:url" content="${canonical}">`), `${path}: og:url`);
      for (const property of ['og:title', 'og:description', 'og:type', 'og:site_name']) assert.match(html, new RegExp(`<meta property="${property}" content="[^"]+"`), `${path}: ${property}`);
    }
    assert.equal(titles.size, pages.length, 'two pages share a title');
  });

  it('lists exactly the built web pages in sitemap.xml, at their full addresses, then the open data files', () => {
    const locations = [...readFileSync(join(dist, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    const isPage = (location: string) => location.endsWith('/');
    assert.deepEqual(locations.filter(isPage).sort(), pages.map((path) => new URL(path, site.partnership.siteUrl).href).sort());
    const files = locations.filter((location) => !isPage(location));
    assert.ok(files.some((location) => location.endsWith('.json')) && files.some((location) => location.endsWith('.csv')), files.join(', '));
    for (const location of files) assert.ok(existsSync(join(dist, new URL(location).pathname)), `${location} is not in dist/`);
  });

  it('points crawlers at the sitemap from robots.txt, and blocks no page', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    assert.match(robots, /^User-agent: \*$/m);
    assert.doesNotMatch(robots, /^Disallow: \S/m);
    assert.ok(robots.includes(`Sitemap: ${new URL('sitemap.xml', site.partnership.siteUrl).href}`), robots);
  });
});
