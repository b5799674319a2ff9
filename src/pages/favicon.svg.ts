import type { APIRoute } from 'astro';
import { siteSettings } from '../render/site-settings.ts';

/** The browser-tab icon: a white shield on the partnership's own colour, so a fork's tabs carry its brand, not another's. */
export const GET: APIRoute = async () => {
  const { partnership } = await siteSettings();
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
    `<rect width="32" height="32" rx="6" fill="${partnership.colours.primary}"/>` +
    '<path d="M16 5l9 4v6c0 6-4 10-9 12-5-2-9-6-9-12V9z" fill="#fff"/></svg>\n';
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
