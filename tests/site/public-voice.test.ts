import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkedSite } from '../helpers/checked-site.ts';
import { openPage, useBrowserAndServer } from '../helpers/browser.ts';
import { croydonOnly } from '../helpers/croydon-content.ts';
import { contentRoot, dist } from '../helpers/paths.ts';
import { latestPublishedYear } from '../helpers/report-year.ts';
import { pageTexts } from '../helpers/pdf.ts';
import { htmlPages } from '../helpers/site-pages.ts';

/**
 * What the templates print when the content leaves something out, or when
 * the software speaks for itself: none of it may reach a public page or PDF.
 */
const placeholders = [
  /not recorded/i,
  /not stated/i,
  /to be confirmed/i,
  /approval to be recorded/i,
  /not yet reported/i,
  /not reported/i,
  /not answered/i,
  /what this website does/i,
  /this website shows the figures/i,
  /not for publication/i,
  /review report/i,
  // The mark of a draft; "Draft recommendations" is a section heading of the council's cabinet format.
  /\bDRAFT\b(?! RECOMMENDATIONS)/,
];
const site = await checkedSite(contentRoot);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (text: string) => text.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, ' ').trim();
/**
 * An abbreviation spelt out again inside its own long form, as in "Voluntary
 * & Community Sector (voluntary and community sector (VCS))": the words
 * before the brackets already are the expansion inside them.
 */
function nestedExpansions(text: string): string[] {
  return site.glossary.terms.flatMap((term) =>
    [...text.matchAll(new RegExp(`\\((${escape(term.expansion)}) \\(${escape(term.abbreviation)}\\)\\)`, 'gi'))]
      .filter((match) => words(text.slice(0, match.index)).endsWith(words(term.expansion)))
      .map((match) => text.slice(Math.max(0, match.index - term.expansion.length - 4), match.index + match[0].length)),
  );
}

const year = latestPublishedYear(site);
const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const pdfs = existsSync(dist) ? readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.pdf')) : [];

describe('the public build speaks only in the partnership’s voice', () => {
  it('has no placeholder or commentary of the software on any page', () => {
    const pages = htmlPages(dist);
    assert.ok(pages.length > 5);
    for (const page of pages) {
      const text = textOf(readFileSync(join(dist, page, 'index.html'), 'utf8'));
      for (const phrase of placeholders) assert.doesNotMatch(text, phrase, page);
      assert.deepEqual(nestedExpansions(text), [], page);
    }
  });

  it('has no placeholder or commentary of the software in any PDF', () => {
    assert.ok(pdfs.length >= 3, pdfs.join(', '));
    for (const pdf of pdfs) {
      const text = pageTexts(join(dist, pdf)).join(' ').replace(/\s+/g, ' ');
      for (const phrase of placeholders) assert.doesNotMatch(text, phrase, pdf);
      assert.deepEqual(nestedExpansions(text), [], pdf);
    }
  });

  it('holds no review report, and the sitemap does not list one', () => {
    assert.equal(existsSync(join(dist, 'review')), false);
    assert.deepEqual(pdfs.filter((pdf) => /review|draft/.test(pdf)), []);
    assert.doesNotMatch(readFileSync(join(dist, 'sitemap.xml'), 'utf8'), /\/review\//);
  });

  it('publishes no cover report that is missing a name, its date or an approval', () => {
    for (const { id } of year.coverReports ?? []) {
      const published = pdfs.some((pdf) => pdf.endsWith(`${year.id}-cover-report-${id}.pdf`));
      const report = year.coverReports!.find((entry) => entry.id === id)!.report;
      const hasGaps = !report.heading.meetingDate || (report.contactOfficer !== undefined && !report.contactOfficer.name);
      if (hasGaps) assert.equal(published, false, id);
    }
  });
});

describe(`the ${year.id} report page shows only what the content states`, () => {
  const shared = useBrowserAndServer(dist, { before, after });

  it('gives a commitment a status only where the data has one', async () => {
    const { page } = await openPage(shared.browser, `${shared.server.origin}/${year.id}/`);
    assert.ok((year.commitments ?? []).length > 0, 'the year has commitments');
    for (const commitment of year.commitments!) {
      const badges = await page.locator(`#commitment-${commitment.id} .status`).count();
      assert.equal(badges, commitment.status ? 1 : 0, commitment.id);
    }
    const statusHeader = await page.locator('#table-commitments thead th', { hasText: 'Status' }).count();
    assert.equal(statusHeader, year.commitments!.some((commitment) => commitment.status) ? 1 : 0);
  });

  it('says “Impact” only for a commitment whose impact the report states', async () => {
    const { page } = await openPage(shared.browser, `${shared.server.origin}/${year.id}/`);
    for (const commitment of year.commitments!) {
      const impact = await page.locator(`#commitment-${commitment.id} .impact-statement`).count();
      assert.equal(impact, commitment.impact ? 1 : 0, commitment.id);
    }
  });

  it('shows no change worked out for Croydon’s youth justice rate, whose unit is in doubt, only the change the report states', croydonOnly, async () => {
    const { page } = await openPage(shared.browser, `${shared.server.origin}/${year.id}/`);
    const card = await page.locator('#figure-youth-justice-first-time-entrants').innerText();
    assert.doesNotMatch(card, /Up 45|from 227/);
    assert.match(card, /Up on March 2024/);
  });

  it('keeps the known issues for the team: no notes section without a note the partnership wrote', async () => {
    const { page } = await openPage(shared.browser, `${shared.server.origin}/${year.id}/`);
    const published = (year.knownIssues ?? []).filter((issue) => issue.publicNote).length;
    assert.equal(await page.locator('#notes-on-the-figures').count(), published > 0 ? 1 : 0);
    assert.equal(await page.locator('[id^="known-issue-"]').count(), published);
  });

  it('spells out “VCS” once, without repeating its long form inside Croydon’s executive summary’s own', croydonOnly, async () => {
    const { page } = await openPage(shared.browser, `${shared.server.origin}/${year.id}/`);
    const summary = await page.locator('#executive-summary').locator('xpath=..').innerText();
    assert.ok(summary.includes('Voluntary & Community Sector (VCS)'), 'the source’s own long form is kept');
    assert.ok(!summary.includes('(voluntary and community sector (VCS))'));
  });
});
