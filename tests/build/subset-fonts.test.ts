import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import subsetFont from 'subset-font';
import { charactersUsed } from '../../src/build/subset-fonts.ts';
import { checkedSite } from '../helpers/checked-site.ts';
import { annualReportPdfName } from '../../src/model/pdf-file-name.ts';
import { appRoot, contentRoot, dist } from '../helpers/paths.ts';
import { latestPublishedYear } from '../helpers/report-year.ts';
import { pageTexts, pdfFonts } from '../helpers/pdf.ts';

const originals = join(appRoot, 'node_modules/@fontsource/atkinson-hyperlegible-next/files');
const site = await checkedSite(contentRoot);
const latest = latestPublishedYear(site);
const reportPdf = join(dist, latest.id, annualReportPdfName(site.partnership.shortName, latest.id));
const built = readdirSync(join(dist, '_astro')).filter((file) => file.endsWith('.woff2'));
/** The font file in the package that a built file was made from: the same name without Vite's hash. */
const originalOf = (file: string) => join(originals, file.replace(/\.[\w-]{8}\.woff2$/, '.woff2'));

/** Whether a font draws a character: subsetting to it adds a glyph beyond the empty subset. */
async function draws(font: Buffer, character: string, empty: number): Promise<boolean> {
  return (await subsetFont(font, ` ${character}`, { targetFormat: 'sfnt' })).length > empty;
}

describe('the self-hosted fonts, cut to the characters the site uses', () => {
  it('finds the words of the pages and the characters stylesheets and scripts add', () => {
    const dir = mkdtempSync(join(tmpdir(), 'subset-'));
    try {
      writeFileSync(join(dir, 'index.html'), '<!doctype html><p>Café £5 &ndash; done</p>');
      writeFileSync(join(dir, 'site.css'), "a::before { content: '\\2191 Page '; }");
      const used = charactersUsed(dir);
      for (const character of ['é', '£', '–', '↑', 'P', '7']) assert.ok(used.includes(character), `${character} in ${used}`);
      assert.ok(!used.includes('x'), 'a letter no page shows is left out');
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('keeps both weights the pages use, each much smaller than the font it was cut from', () => {
    assert.deepEqual(built.map((file) => file.replace(/\..*$/, '')).sort(), ['atkinson-hyperlegible-next-latin-400-normal', 'atkinson-hyperlegible-next-latin-700-normal']);
    for (const file of built) {
      const size = readFileSync(join(dist, '_astro', file)).length;
      const before = readFileSync(originalOf(file)).length;
      assert.ok(size < before * 0.75, `${file}: ${size} B, from ${before} B`);
    }
  });

  it('draws every character the latest report’s PDF prints that the original font draws, in both weights', async () => {
    const printed = [...new Set(pageTexts(reportPdf).join(''))].filter((character) => character.trim());
    for (const file of built) {
      const original = readFileSync(originalOf(file));
      const subset = readFileSync(join(dist, '_astro', file));
      const emptyOriginal = (await subsetFont(original, ' ', { targetFormat: 'sfnt' })).length;
      const emptySubset = (await subsetFont(subset, ' ', { targetFormat: 'sfnt' })).length;
      const missing = [];
      for (const character of printed) {
        if ((await draws(original, character, emptyOriginal)) && !(await draws(subset, character, emptySubset))) missing.push(character);
      }
      assert.deepEqual(missing, [], file);
    }
    // And so the PDF embeds the site's two weights, with no fallback beyond what the original font lacked.
    const names = pdfFonts(reportPdf).map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));
    assert.ok(names.includes('AtkinsonHyperlegibleNext-Regular') && names.includes('AtkinsonHyperlegibleNext-Bold'), names.join(', '));
  });
});
