import { defineMiddleware } from 'astro:middleware';
import { getEntry } from 'astro:content';
import { expandAbbreviations } from './render/abbreviations.ts';

/**
 * Runs on every page as it is built (and in the preview server): spells out
 * each abbreviation at its first use on the page, whichever component wrote it.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const glossary = (await getEntry('settings', 'glossary'))?.data.glossary;
  if (!glossary) return response;
  const html = expandAbbreviations(await response.text(), glossary.terms);
  return new Response(html, { status: response.status, headers: response.headers });
});
