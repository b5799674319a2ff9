import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../src/build/find-browser.ts';
import { serveStatic, type StaticServer } from '../../src/build/static-server.ts';
import { searchSections } from '../../src/build/search-sections.ts';
import { checkedSite } from '../helpers/checked-site.ts';
import { directives, expectedSearchPagePolicy } from '../helpers/expected-policy.ts';
import { croydonOnly } from '../helpers/croydon-content.ts';
import { contentRoot, dist } from '../helpers/paths.ts';

const years = (await checkedSite(contentRoot)).years.filter((year) => year.meta.status === 'published');
const oldest = years[0];

function wordsOf(dir: string): Set<string> {
  const text = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => readFileSync(join(dir, entry.name), 'utf8')).join(' ').toLowerCase();
  return new Set(text.match(/\b[a-z]{8,}\b/g) ?? []);
}

/** A word the oldest year's report uses and no later year's does (nor any word of the same stem), so only that year can be found by it. */
function wordOnlyIn(yearId: string): string {
  const others = years.filter((year) => year.id !== yearId).flatMap((year) => [...wordsOf(join(contentRoot, 'content', year.id)), ...wordsOf(join(contentRoot, 'data', year.id))]);
  // Search matches word stems, so no later year may have a word starting the same way.
  const stems = new Set(others.map((word) => word.slice(0, 6)));
  const word = [...wordsOf(join(contentRoot, 'content', yearId))].find((candidate) => !stems.has(candidate.slice(0, 6)));
  assert.ok(word, `no word is used only in ${yearId}`);
  return word;
}

describe('search across every year', () => {
  let browser: Browser;
  let server: StaticServer;
  before(async () => {
    browser = await launchBrowser();
    server = await serveStatic(dist);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function searchPage(javaScriptEnabled: boolean, query: string, width = 1280) {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 800 } });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    return { page, context, violations };
  }

  it(`finds a word used only in the ${oldest.id} report, under the page's own strict Content-Security-Policy`, async () => {
    const word = wordOnlyIn(oldest.id);
    const { page, context, violations } = await searchPage(true, word);
    try {
      const first = page.locator('#search-results a').first();
      await first.waitFor({ timeout: 20_000 });
      const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      assert.ok(hrefs.every((href) => href?.startsWith(`/${oldest.id}/`)), `"${word}" led to ${hrefs.join(', ')}`);
      assert.match(await page.locator('#search-results mark').first().innerText(), new RegExp(word.slice(0, 6), 'i'));
      assert.match(await page.locator('#search-status').innerText(), new RegExp(word));
      assert.deepEqual(directives((await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? ''), expectedSearchPagePolicy);
      assert.deepEqual(violations, []);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript, says so and links to every year’s contents', async () => {
    const { page, context } = await searchPage(false, 'anything');
    try {
      assert.ok(await page.locator('[data-search-needs-script]').isVisible());
      const hrefs = await page.locator('.search-fallback a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      assert.deepEqual(hrefs.sort(), years.map((year) => `/${year.id}/#contents-heading`).sort());
      for (const href of hrefs) {
        const response = await page.goto(`${server.origin}${href}`);
        assert.ok(response?.ok(), href!);
        assert.equal(await page.locator('#contents-heading').count(), 1, href!);
      }
    } finally {
      await context.close();
    }
  });

  it('indexes every section of every year’s report as a result of its own, and no list or print page', () => {
    for (const year of years) {
      const sections = searchSections(readFileSync(join(dist, year.id, 'index.html'), 'utf8'), `/${year.id}/`);
      assert.ok(sections.length >= 2, `${year.id} has ${sections.length} sections to search`);
      assert.ok(sections.every((section) => section.url.startsWith(`/${year.id}/#`) && section.text.length > 0 && section.report.length > 0), year.id);
    }
    const marked = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html') && readFileSync(join(dist, file), 'utf8').includes('data-pagefind-body'))
      .map((file) => file.replace(/index\.html$/, ''));
    // Only the child versions, short pages, are indexed whole.
    assert.ok(marked.length > 0 && marked.every((path) => /^\d{4}-\d{2}\/children\/$/.test(path)), marked.join(', '));
  });

  it('finds Croydon’s 2024/25 funding section first for “funding” on a phone, with the year shown', croydonOnly, async () => {
    const { page, context } = await searchPage(true, 'funding', 390);
    try {
      const first = page.locator('#search-results > li').first();
      await first.waitFor({ timeout: 20_000 });
      assert.equal(await first.locator('a').getAttribute('href'), '/2024-25/#income-and-expenditure');
      assert.match(await first.innerText(), /Income and expenditure[\s\S]*2024\/25/);
      await first.locator('a').click();
      await page.waitForURL(/\/2024-25\/#income-and-expenditure$/);
      assert.equal(await page.locator('#income-and-expenditure').innerText(), 'Income and expenditure');
    } finally {
      await context.close();
    }
  });
});
