import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchSections } from './search-sections.ts';

/** The report pages of a built site: /<year>/index.html for each year folder. */
function reportPages(siteDir: string): string[] {
  return readdirSync(siteDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{4}-\d{2}$/.test(entry.name))
    .map((entry) => `/${entry.name}/`);
}

/**
 * Indexes the built site with Pagefind, so /search/ can search every year.
 * Each section of each year's report is a record of its own, titled with its
 * heading and the report it belongs to, so a result lands on the section;
 * the child versions, short pages, are indexed whole (their pages are marked
 * data-pagefind-body). Lists, the search page and print pages are left out.
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number; sections: number }> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!created.index) throw new Error(created.errors.join('\n'));
    const { index } = created;
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    let sections = 0;
    for (const path of reportPages(siteDir)) {
      for (const section of searchSections(readFileSync(join(siteDir, path, 'index.html'), 'utf8'), path)) {
        const record = await index.addCustomRecord({
          url: section.url,
          // The heading leads the text, so a word in it counts for the section.
          content: `${section.title}. ${section.text}`,
          language: 'en',
          meta: { title: section.title, report: section.report },
        });
        if (record.errors.length > 0) throw new Error(record.errors.join('\n'));
        sections++;
      }
    }
    if (added.page_count + sections === 0) throw new Error('Nothing was found to index: no report sections and no page marked data-pagefind-body.');
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    return { pages: added.page_count, sections };
  } finally {
    await pagefind.close();
  }
}
