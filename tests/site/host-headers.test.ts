import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { statedPolicy } from '../../src/build/host-headers.ts';
import type { StaticServer } from '../../src/build/static-server.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { headersFor, parseHostHeaders, serveWithHostHeaders } from '../helpers/host-headers.ts';
import { dist } from '../helpers/paths.ts';
import { htmlPages } from '../helpers/site-pages.ts';

const rules = parseHostHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
const pages = htmlPages(dist);
const pageFile = (path: string) => join(dist, path, 'index.html');
const directives = (policy: string) => new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));

describe('the headers file for static hosts', () => {
  it('sends every page the policy its own meta tag states, with framing refused', () => {
    assert.ok(pages.length >= 5, pages.join(', '));
    for (const path of pages) {
      const sent = headersFor(rules, path).get('content-security-policy');
      assert.ok(sent, `${path} gets no Content-Security-Policy header`);
      assert.ok(!sent.includes(', '), `${path} would get two policies joined: ${sent}`);
      const stated = directives(statedPolicy(readFileSync(pageFile(path), 'utf8')) ?? '');
      const header = directives(sent);
      assert.equal(header.get('frame-ancestors'), "'none'", path);
      header.delete('frame-ancestors');
      assert.deepEqual(header, stated, path);
    }
  });

  it('asks for every page again each time, so a correction reaches readers at once', () => {
    for (const path of pages) assert.equal(headersFor(rules, path).get('cache-control'), 'no-cache', path);
  });

  it('keeps the hashed style and font files for a year, and nothing else', () => {
    const hashed = readdirSync(join(dist, '_astro'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    assert.ok(hashed.length > 0);
    for (const entry of hashed) {
      const address = `/${relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/')}`;
      assert.equal(headersFor(rules, address).get('cache-control'), 'public, max-age=31536000, immutable', address);
    }
    assert.equal(headersFor(rules, '/theme.css').get('cache-control'), undefined, 'theme.css has no hash in its name');
  });
});

describe('the site served with those headers', () => {
  let browser: Browser;
  let server: StaticServer;
  before(async () => {
    browser = await launchBrowser();
    server = await serveWithHostHeaders(dist);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const path of pages) {
    it(`${path} loads its styles and fonts without breaking its own policy`, async () => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        const refused: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
        });
        const response = await page.goto(server.origin + path);
        assert.ok(response?.headers()['content-security-policy']?.includes("frame-ancestors 'none'"), `${path} was served without the policy header`);
        const loaded = await page.evaluate(async () => {
          await document.fonts.ready;
          return { sheets: document.styleSheets.length, failedFonts: [...document.fonts].filter((font) => font.status === 'error').length };
        });
        assert.ok(loaded.sheets > 0, `${path} has no stylesheet applied`);
        assert.equal(loaded.failedFonts, 0, `${path}: a font was refused`);
        assert.deepEqual(refused, []);
      } finally {
        await context.close();
      }
    });
  }

  it('refuses to let another site show a page in a frame', async () => {
    const framing = createServer((_request, response) => {
      response.setHeader('Content-Type', 'text/html');
      response.end(`<!doctype html><title>Framing</title><iframe src="${server.origin}/"></iframe>`);
    });
    await new Promise<void>((resolve) => framing.listen(0, '127.0.0.1', resolve));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const blocked = page.waitForEvent('console', { predicate: (message) => /frame-ancestors|Refused to frame/i.test(message.text()), timeout: 10_000 });
      // localhost and 127.0.0.1 are different origins, so the frame is another site's.
      await page.goto(`http://localhost:${(framing.address() as AddressInfo).port}/`);
      assert.match((await blocked).text(), /frame-ancestors/);
    } finally {
      await context.close();
      await new Promise((resolve) => framing.close(resolve));
    }
  });
});
