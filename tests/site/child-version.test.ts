import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkedSite } from '../helpers/checked-site.ts';
import { childFigure } from '../../src/model/children/child-figures.ts';
import { childPosterPdfName, childVersionPdfName } from '../../src/model/pdf-file-name.ts';
import { pictureUnit } from '../../src/charts/picture-count.ts';
import { asPrinted } from '../helpers/as-printed.ts';
import { openPage, useBrowserAndServer } from '../helpers/browser.ts';
import { croydonOnly } from '../helpers/croydon-content.ts';
import { contentRoot, dist } from '../helpers/paths.ts';
import { fold, pageTexts, pdfInfo, squash } from '../helpers/pdf.ts';

const site = await checkedSite(contentRoot);
const years = site.years.filter((year) => year.meta.status === 'published' && year.children);
const shared = useBrowserAndServer(dist, { before, after });

describe('the child versions', () => {
  it('exist for the 2024/25 report', croydonOnly, () => {
    assert.ok(years.some((year) => year.id === '2024-25'));
  });

  it('exist for at least one published year, so the tests below check something', () => {
    assert.ok(years.length > 0, 'no published year has a child version (content/<year>/children.md)');
  });

  for (const year of years) {
    const url = () => `${shared.server.origin}/${year.id}/children/`;

    it(`${year.id}: shows each featured figure with the value from the year's data as real text`, async () => {
      const { page, context } = await openPage(shared.browser, url());
      try {
        for (const featured of year.children!.featuredFigures) {
          const figure = year.headlineFigures!.find((candidate) => candidate.id === featured.figure)!;
          // A featured figure may also have a picture chart of its own: the card is the big number.
          const card = page.locator(`.big-number[data-figure="${figure.id}"]`);
          assert.equal(Number(await card.getAttribute('data-value')), figure.value);
          const text = await card.locator('.big-number__value').textContent();
          assert.ok(text!.includes(asPrinted(figure.value!, figure.unit)), text!);
          assert.equal(await card.locator('.big-number__value[aria-hidden], .big-number__value [aria-hidden]').count(), 0);
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

    it(`${year.id}: draws as many little people and filled squares as the figures give`, async () => {
      const { page, context } = await openPage(shared.browser, url());
      try {
        for (const featured of year.children!.featuredFigures) {
          const value = childFigure(year, featured.figure)!.value;
          const unit = pictureUnit([value]);
          const pictures = page.locator(`.big-number[data-figure="${featured.figure}"] svg.pictures`);
          assert.equal(await pictures.locator('.pictures__whole').count(), Math.floor(value / unit), featured.figure);
          assert.equal(await pictures.locator('.pictures__part').count(), value % unit === 0 ? 0 : 1, featured.figure);
        }
        for (const chart of year.children!.pictureCharts) {
          const figure = childFigure(year, chart.figure)!;
          const drawn = page.locator(`figure.child-chart[data-figure="${chart.figure}"]`);
          if (chart.kind === 'share') {
            assert.equal(await drawn.locator('.icon-array__on').count(), Math.round(figure.value));
          } else {
            const unit = pictureUnit([figure.previous!.value, figure.value]);
            assert.equal(await drawn.locator('.compare__group--before .pictures__whole').count(), Math.floor(figure.previous!.value / unit));
            assert.equal(await drawn.locator('.compare__group--after .pictures__whole').count(), Math.floor(figure.value / unit));
          }
        }
      } finally {
        await context.close();
      }
    });

    it(`${year.id}: gives every picture of a number a text alternative with the same number, and says it beside it`, async () => {
      const { page, context } = await openPage(shared.browser, url());
      try {
        const charts = await page.locator('svg[role="img"]').evaluateAll((svgs) =>
          svgs.map((svg) => ({
            name: (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
            beside: (svg.closest('li, figure')?.textContent ?? '').replace(svg.textContent ?? '', ''),
          })),
        );
        assert.ok(charts.length >= 5, `${charts.length} pictures`);
        for (const chart of charts) {
          const number = /\d[\d,]*/.exec(chart.name)?.[0];
          assert.ok(number, chart.name);
          assert.ok(chart.beside.includes(number), `${number} beside "${chart.name}"`);
        }
      } finally {
        await context.close();
      }
    });

    it(`${year.id}: hides its illustrations from screen readers and links to the full report and back`, async () => {
      const { page, context } = await openPage(shared.browser, url());
      try {
        const icons = await page.locator('svg.child-illustration').evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('aria-hidden')));
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
        assert.ok(text.includes(asPrinted(figure.value!, figure.unit)), featured.figure);
      }
    });

    it(`${year.id}: has a one-page A3 poster, tagged, with the featured numbers and Childline in its text`, () => {
      const path = join(dist, year.id, childPosterPdfName(site.partnership.shortName, year.id));
      assert.ok(existsSync(path));
      const info = pdfInfo(path);
      assert.equal(info.Pages, '1');
      // A3 is 297 by 420 mm: 841.89 by 1190.55 points.
      const [width, height] = info['Page size'].split(' x ').map((side) => Math.round(Number.parseFloat(side)));
      assert.deepEqual([width, height], [842, 1191]);
      assert.equal(info.Tagged, 'yes');
      const text = fold(pageTexts(path).join(' '));
      assert.ok(text.includes('0800 1111'));
      for (const featured of year.children!.featuredFigures) {
        const figure = year.headlineFigures!.find((candidate) => candidate.id === featured.figure)!;
        assert.ok(text.includes(asPrinted(figure.value!, figure.unit)), featured.figure);
      }
      const quote = year.narrative.children!.children!.quote;
      if (quote) assert.ok(text.includes(quote.text.slice(0, 40)), 'the young person’s words');
    });
  }
});
