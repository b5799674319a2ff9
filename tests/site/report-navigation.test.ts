import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { atAGlanceFigures } from '../../src/model/compute/at-a-glance.ts';
import { headlineFigureChanges } from '../../src/model/compute/figure-change.ts';
import { checkedSite } from '../helpers/checked-site.ts';
import { presentSections } from '../../src/model/present-sections.ts';
import { openPage, useBrowserAndServer } from '../helpers/browser.ts';
import { croydonOnly } from '../helpers/croydon-content.ts';
import { contentRoot, dist } from '../helpers/paths.ts';
import { latestPublishedYear } from '../helpers/report-year.ts';

const site = await checkedSite(contentRoot);
const year = latestPublishedYear(site);
const mainSections = presentSections(year).filter((section) => section.level === 2);
const lastMain = mainSections.at(-1)!;
const shared = useBrowserAndServer(dist, { before, after });
const phone = 390;

/** Taps a link as a reader would and reports whether its target is now on screen. */
async function tap(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().tap();
  await page.waitForTimeout(50);
}

const onScreen = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    // A jump to an anchor may leave its top a fraction of a pixel above the window.
    return box.top > -2 && box.top < window.innerHeight;
  });

describe(`finding your way around the ${year.id} report on a phone`, () => {
  let page: Page;
  before(async () => {
    const context = await shared.browser.newContext({ viewport: { width: phone, height: 800 }, hasTouch: true, isMobile: true });
    page = await context.newPage();
    await page.goto(`${shared.server.origin}/${year.id}/`);
  });

  it('reaches the last main section in two taps from the top of the report', async () => {
    const last = lastMain;
    await page.evaluate(() => window.scrollTo(0, 0));
    await tap(page, '.report-header a[href="#contents"]');
    assert.ok(await onScreen(page, '#contents'), 'the first tap shows the contents');
    await tap(page, `#contents a[href="#${last.id}"]`);
    assert.ok(await onScreen(page, `#${last.id}`), `the second tap shows ${last.id}`);
  });

  it('ends every main section with a link back to the contents that works in one tap', async () => {
    const ends = await page.locator('.report-layout__body > section').evaluateAll((sections) =>
      sections.map((section) => ({ id: section.querySelector(':scope > h2, :scope > h3')?.id ?? section.getAttribute('aria-labelledby'), back: !!section.querySelector(':scope > .back-to-contents a[href="#contents"]') })),
    );
    // Each main section, with its parts, is followed by the next main section: the last part before it holds the link.
    const present = presentSections(year);
    for (const [index, section] of present.entries()) {
      const endsMain = index === present.length - 1 || present[index + 1].level === 2;
      assert.equal(ends.find((end) => end.id === section.id)?.back, endsMain, section.id);
    }
    await page.locator(`#${lastMain.id}`).scrollIntoViewIfNeeded();
    await tap(page, `#${lastMain.id} ~ .back-to-contents a`);
    assert.ok(await onScreen(page, '#contents'));
  });

  it('shows the at-a-glance figures, each with its change, and the download within the first two screens', async () => {
    const glance = await page.locator('.at-a-glance__figure').evaluateAll((items) =>
      items.map((item) => ({ bottom: item.getBoundingClientRect().bottom + window.scrollY, change: item.querySelector('.at-a-glance__change')?.textContent ?? '' })),
    );
    // As many as the year has figures with a number and a change, up to the limit.
    assert.equal(glance.length, atAGlanceFigures(year, headlineFigureChanges(year, site.years)).length);
    assert.ok(glance.length >= 1, 'the year has a figure at a glance');
    for (const figure of glance) {
      assert.ok(figure.bottom <= 1600, `a figure ends ${figure.bottom} px down`);
      assert.match(figure.change, /(Up|Down|No change)/);
    }
    const download = await page.locator('.at-a-glance a[href$=".pdf"]').evaluate((link) => link.getBoundingClientRect().bottom + window.scrollY);
    assert.ok(download <= 1600, `the PDF link ends ${download} px down`);
  });

  it('keeps every table caption within the width of the screen, even where the table scrolls', async () => {
    const captions = await page.locator('main caption').evaluateAll((elements) =>
      elements.map((caption) => ({ id: caption.id, right: caption.getBoundingClientRect().right, width: caption.getBoundingClientRect().width })),
    );
    assert.ok(captions.length >= 1);
    for (const caption of captions) assert.ok(caption.right <= phone && caption.width <= phone - 32, `${caption.id} is ${caption.width} px wide`);
  });

  const tableWraps = () =>
    page.locator('.table-wrap').evaluateAll((wraps) =>
      wraps.map((wrap) => {
        const cue = wrap.querySelector('.table-wrap__cue');
        return {
          id: wrap.querySelector('table')!.id,
          scrolls: wrap.scrollWidth > wrap.clientWidth,
          tabStop: wrap.getAttribute('tabindex') === '0',
          cueShown: !!cue && cue.getBoundingClientRect().width > 0,
        };
      }),
    );

  it('makes a table a tab stop only when it scrolls, and then says so where it can be seen', async () => {
    const tables = await tableWraps();
    assert.ok(tables.length > 0, 'the page has a table');
    for (const table of tables) {
      assert.equal(table.tabStop, table.scrolls, `${table.id}: ${table.scrolls ? 'scrolls' : 'fits'} at ${phone} px`);
      assert.equal(table.cueShown, table.scrolls, `${table.id}: scroll cue`);
    }
  });

  it('has tables of both kinds in Croydon’s 2024/25 report, so the test above sees both', croydonOnly, async () => {
    const tables = await tableWraps();
    assert.ok(tables.some((table) => table.scrolls) && tables.some((table) => !table.scrolls), 'the page has tables of both kinds');
  });
});

describe(`the ${year.id} report on a wide screen`, () => {
  it('keeps the contents in view beside the text while the reader is deep in the report', async () => {
    const { page, context } = await openPage(shared.browser, `${shared.server.origin}/${year.id}/`, { width: 1280 });
    try {
      await page.locator(`#${lastMain.id}`).scrollIntoViewIfNeeded();
      const boxes = await page.evaluate((id) => {
        const contents = document.querySelector('#contents')!.getBoundingClientRect();
        const section = document.querySelector(`#${id}`)!.getBoundingClientRect();
        return { contentsTop: contents.top, contentsRight: contents.right, sectionLeft: section.left };
      }, lastMain.id);
      assert.ok(boxes.contentsTop >= 0 && boxes.contentsTop < 100, `the contents is ${boxes.contentsTop} px from the top of the window`);
      assert.ok(boxes.contentsRight < boxes.sectionLeft, 'the contents sits to the left of the text');
    } finally {
      await context.close();
    }
  });

  it('gives Croydon’s engagement table the width beside the contents, so agency names do not wrap line after line', croydonOnly, async () => {
    const { page, context } = await openPage(shared.browser, `${shared.server.origin}/${year.id}/`, { width: 1280 });
    try {
      const engagement = await page.locator('#table-engagement').evaluate((table) => table.getBoundingClientRect().width);
      assert.ok(engagement > 800, `the engagement table is ${engagement} px wide`);
    } finally {
      await context.close();
    }
  });

  it('sizes the main heading in rem alone, so it grows as much as the text when the page is zoomed', async () => {
    // Zooming to 200% halves the width in CSS pixels: the heading must keep its size in CSS pixels, as the body text does.
    const sizes = [];
    for (const width of [1280, 640, 320]) {
      const { page, context } = await openPage(shared.browser, `${shared.server.origin}/${year.id}/`, { width });
      sizes.push(await page.evaluate(() => [getComputedStyle(document.querySelector('h1')!).fontSize, getComputedStyle(document.body).fontSize]));
      await context.close();
    }
    assert.deepEqual(sizes.map(([h1]) => h1), [sizes[0][0], sizes[0][0], sizes[0][0]]);
    assert.ok(parseFloat(sizes[0][0]) >= 2 * parseFloat(sizes[0][1]), 'the heading is at least twice the body text');
  });
});
