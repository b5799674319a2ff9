import { getEntry } from 'astro:content';
import type { Glossary } from '../model/schemas/glossary.ts';
import type { Partnership } from '../model/schemas/partnership.ts';

/** The partnership's settings and glossary, as every page needs them. */
export async function siteSettings(): Promise<{ partnership: Partnership; glossary: Glossary }> {
  const partnership = (await getEntry('settings', 'partnership'))?.data.partnership;
  const glossary = (await getEntry('settings', 'glossary'))?.data.glossary;
  if (!partnership || !glossary) throw new Error('The partnership settings or glossary did not load; run `npm run check`.');
  return { partnership, glossary };
}
