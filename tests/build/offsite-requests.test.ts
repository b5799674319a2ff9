import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { OffsiteRequestError } from '../../src/build/offsite-requests.ts';
import { renderPdf } from '../../src/build/render-pdf.ts';
import { serveStatic, type StaticServer } from '../../src/build/static-server.ts';
import { launchBrowser } from '../helpers/browser.ts';

describe('the PDF renderer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'offsite-'));
  // Another origin on this machine stands for another site: it counts every request that reaches it.
  let hits = 0;
  const elsewhere = createServer((_request, response) => {
    hits++;
    response.end('');
  });
  let site: StaticServer;
  let browser: Browser;
  let other: string;

  before(async () => {
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const address = elsewhere.address();
    other = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="en"><title>Print</title><link rel="stylesheet" href="${other}/font.css"><p>${'Words of the report. '.repeat(60)}</p><img alt="A poster" src="${other}/track.png"></html>`,
    );
    site = await serveStatic(dir);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    elsewhere.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fetches nothing from another site and fails naming each address the page asked for', async () => {
    await assert.rejects(renderPdf(browser, `${site.origin}/`), (error: unknown) => {
      assert.ok(error instanceof OffsiteRequestError, String(error));
      assert.deepEqual([...error.urls].sort(), [`${other}/font.css`, `${other}/track.png`]);
      assert.match(error.message, /from another site, which the build never fetches/);
      return true;
    });
    assert.equal(hits, 0, 'a request reached the other site');
  });
});
