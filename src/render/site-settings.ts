import { getEntry } from 'astro:content';
import type { AccessibilityStatement } from '../model/schemas/accessibility-statement.ts';
import type { Glossary } from '../model/schemas/glossary.ts';
import type { Partnership } from '../model/schemas/partnership.ts';

/** The partnership's settings and glossary, as every page needs them. */
export async function siteSettings(): Promise<{ partnership: Partnership; glossary: Glossary }> {
  const partnership = (await getEntry('settings', 'partnership'))?.data.partnership;
  const glossary = (await getEntry('settings', 'glossary'))?.data.glossary;
  if (!partnership || !glossary) throw new Error('The partnership settings or glossary did not load; run `npm run check`.');
  return { partnership, glossary };
}

/** The facts of the accessibility statement, from data/accessibility.yaml. */
export async function accessibilityStatement(): Promise<AccessibilityStatement> {
  const statement = (await getEntry('settings', 'accessibility'))?.data.accessibility;
  if (!statement) throw new Error('The accessibility statement did not load; run `npm run check`.');
  return statement;
}
