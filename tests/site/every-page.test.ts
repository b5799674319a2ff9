import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkedSite } from '../helpers/checked-site.ts';
import { directives, expectedPolicy, expectedSearchPagePolicy } from '../helpers/expected-policy.ts';
import { openPage, useBrowserAndServer } from '../helpers/browser.ts';
import { appRoot, contentRoot, dist } from '../helpers/paths.ts';
import { htmlPages } from '../helpers/site-pages.ts';

const pages = htmlPages(dist);
// .htmlvalidate.json: the recommended and accessibility presets; doctype-style is off because the
// HTML serialiser writes <!doctype html> in lower case, which the standard allows.
const validator = new HtmlValidate(JSON.parse(readFileSync(join(appRoot, '.htmlvalidate.json'), 'utf8')));
const shared = useBrowserAndServer(dist, { before, after });

describe('every page of the built site', () => {
  it('includes the home page and a page per published year', async () => {
    const published = (await checkedSite(contentRoot)).years.filter((year) => year.meta.status === 'published');
    assert.ok(published.length > 0, 'the content has a published year');
    const expected = ['/', ...published.map((year) => `/${year.id}/`)];
    assert.deepEqual(expected.filter((path) => !pages.includes(path)), [], pages.join(', '));
  });

  for (const path of pages) {
    describe(path, () => {
      it('has no WCAG 2.2 A or AA violations found by axe-core', async () => {
        const { page, context } = await openPage(shared.browser, shared.server.origin + path);
        try {
          const results = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
            .analyze();
          const summary = results.violations.map(
            (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join('\n  ')}`,
          );
          assert.deepEqual(summary, []);
        } finally {
          await context.close();
        }
      });

      for (const width of [320, 640]) {
        it(`reflows at ${width} px wide without the page scrolling sideways`, async () => {
          const { page, context } = await openPage(shared.browser, shared.server.origin + path, { width });
          try {
            const overflow = await page.evaluate(() => ({
              scrollWidth: document.documentElement.scrollWidth,
              clientWidth: document.documentElement.clientWidth,
              wide: [...document.querySelectorAll('main *')]
                .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !element.closest('.table-wrap'))
                .slice(0, 5)
                .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
            }));
            assert.ok(overflow.scrollWidth <= overflow.clientWidth, `page is ${overflow.scrollWidth} px wide: ${overflow.wide.join(', ')}`);
          } finally {
            await context.close();
          }
        });
      }

      it('reads fully with JavaScript off and asks nothing of other sites', async () => {
        const { page, context, offsiteRequests } = await openPage(shared.browser, shared.server.origin + path, { javaScriptEnabled: false });
        try {
          assert.equal(await page.locator('h1').count(), 1);
          assert.ok((await page.locator('main').innerText()).length > 200);
          assert.deepEqual(offsiteRequests, []);
        } finally {
          await context.close();
        }
      });

      it('keeps a strict Content-Security-Policy and, with JavaScript on, breaks none of it and asks nothing of other sites', async () => {
        const { page, context, offsiteRequests } = await openPage(shared.browser, shared.server.origin + path);
        const refused: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
        });
        try {
          // Reload so that everything the page asks for is seen with the listener in place.
          await page.reload({ waitUntil: 'networkidle' });
          const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
          // The search page alone may run script, and only the site's own files.
          const searchPage = path === '/search/';
          assert.deepEqual(directives(policy ?? ''), searchPage ? expectedSearchPagePolicy : expectedPolicy);
          assert.doesNotMatch(policy ?? '', /unsafe-inline|(?<!wasm-)unsafe-eval|https?:|\*/);
          assert.deepEqual(refused, []);
          assert.deepEqual(offsiteRequests, []);
        } finally {
          await context.close();
        }
      });

      it('is valid HTML by html-validate’s recommended and accessibility rules', async () => {
        const report = await validator.validateFile(join(dist, path, 'index.html'));
        const messages = report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} (line ${message.line}): ${message.message}`));
        assert.deepEqual(messages, []);
      });

      it('links to the accessibility statement, which says how to get another format', () => {
        const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
        assert.match(html, /<a [^>]*href="\/accessibility\/"/);
      });

      it(path === '/search/' ? 'runs only its own script file, nothing inline' : 'ships no JavaScript', () => {
        const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
        const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]);
        if (path !== '/search/') assert.deepEqual(scripts, []);
        else assert.deepEqual(scripts.map((tag) => /\ssrc="(\/[^"]+)"/.exec(tag)?.[1]), ['/search.js']);
      });

      it('has one h1, headings that never skip a level, and a language', () => {
        const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
        assert.match(html, /<html lang="en-GB">/);
        const levels = [...html.matchAll(/<h([1-6])\b/g)].map((match) => Number(match[1]));
        assert.equal(levels.filter((level) => level === 1).length, 1);
        levels.forEach((level, index) => {
          if (index > 0) assert.ok(level <= levels[index - 1] + 1, `h${levels[index - 1]} is followed by h${level}`);
        });
      });
    });
  }
});
