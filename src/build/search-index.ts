import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind, so /search/ can search every year.
 * Only the parts of pages marked data-pagefind-body are indexed: each year's
 * report and child version, not the lists, search page or print pages.
 */
export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!created.index) throw new Error(created.errors.join('\n'));
    const added = await created.index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    if (added.page_count === 0) throw new Error('No page was marked for the search index (data-pagefind-body).');
    const written = await created.index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
