import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadSite } from '../../src/model/load/load-site.ts';
import { childVersionPdfName } from '../../src/model/pdf-file-name.ts';
import { formatValue } from '../../src/render/format.ts';
import { openPage, useBrowserAndServer } from '../helpers/browser.ts';
import { appRoot, dist } from '../helpers/paths.ts';
import { fold, pageTexts, squash } from '../helpers/pdf.ts';

const site = loadSite(appRoot);
const years = site.years.filter((year) => year.meta.status === 'published' && year.children);
const shared = useBrowserAndServer(dist, { before, after });

describe('the child versions', () => {
  it('exist for the 2024/25 report', () => {
    assert.ok(years.some((year) => year.id === '2024-25'));
  });

  for (const year of years) {
    const url = () => `${shared.server.origin}/${year.id}/children/`;

    it(`${year.id}: shows each featured figure with the value from the year's data, as text screen readers read`, async () => {
      const { page, context } = await openPage(shared.browser, url());
      try {
        for (const featured of year.children!.featuredFigures) {
          const figure = year.headlineFigures!.find((candidate) => candidate.id === featured.figure)!;
          const card = page.locator(`[data-figure="${figure.id}"]`);
          assert.equal(Number(await card.getAttribute('data-value')), figure.value);
          const text = await card.locator('.big-number__value').textContent();
          assert.ok(text!.includes(formatValue(figure.value!, figure.unit)), text!);
          assert.equal(await card.locator('.big-number__value [aria-hidden="true"]').count(), 0, 'the number is not hidden from screen readers');
        }
      } finally {
        await context.close();
      }
    });

    it(`${year.id}: says who to talk to near the top and again at the end`, async () => {
      const { page, context } = await openPage(shared.browser, url(), { width: 320 });
      try {
        const boxes = page.locator('aside.worried');
        assert.equal(await boxes.count(), 2);
        assert.match(await boxes.first().innerText(), /Childline[\s\S]*0800\s1111/);
        const firstTop = await boxes.first().evaluate((element) => element.getBoundingClientRect().top);
        const numbersTop = await page.locator('#big-numbers').evaluate((element) => element.getBoundingClientRect().top);
        assert.ok(firstTop < numbersTop, 'the first box comes before the numbers');
      } finally {
        await context.close();
      }
    });

    it(`${year.id}: hides its pictures from screen readers and links to the full report and back`, async () => {
      const { page, context } = await openPage(shared.browser, url());
      try {
        const icons = await page.locator('svg.child-icon').evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('aria-hidden')));
        assert.ok(icons.length > 0);
        assert.ok(icons.every((hidden) => hidden === 'true'));
        assert.equal(await page.locator(`a[href="/${year.id}/"]`).count(), 1);
        await page.goto(`${shared.server.origin}/${year.id}/`);
        assert.equal(await page.locator(`a[href="/${year.id}/children/"]`).count(), 1);
      } finally {
        await context.close();
      }
    });

    it(`${year.id}: has no axe violations with reduced motion asked for`, async () => {
      const { page, context } = await openPage(shared.browser, url());
      try {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        assert.deepEqual(results.violations.map((violation) => violation.id), []);
      } finally {
        await context.close();
      }
    });

    it(`${year.id}: has a printable PDF that reads back with the featured figures`, () => {
      const path = join(dist, year.id, childVersionPdfName(site.partnership.shortName, year.id));
      assert.ok(existsSync(path));
      const text = pageTexts(path).map(fold).join(' ');
      assert.ok(text.includes('0800 1111'));
      assert.ok(squash(text).includes(squash(new URL('/accessibility/#other-formats', site.partnership.siteUrl).href)), 'how to get another format');
      for (const featured of year.children!.featuredFigures) {
        const figure = year.headlineFigures!.find((candidate) => candidate.id === featured.figure)!;
        assert.ok(text.includes(formatValue(figure.value!, figure.unit)), featured.figure);
      }
    });
  }
});
