import { defineMiddleware } from 'astro:middleware';
import { getEntry } from 'astro:content';
import { expandAbbreviations } from './render/abbreviations.ts';
import { absoluteImagePaths } from './render/image-paths.ts';

/**
 * Runs on every page as it is built (and in the preview server): spells out
 * each abbreviation at its first use on the page, whichever component wrote
 * it, and points each picture at the year's published images folder.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const glossary = (await getEntry('settings', 'glossary'))?.data.glossary;
  if (!glossary) return response;
  const html = absoluteImagePaths(expandAbbreviations(await response.text(), glossary.terms), context.url.pathname);
  return new Response(html, { status: response.status, headers: response.headers });
});
