import type { APIRoute } from 'astro';
import { siteSettings } from '../render/site-settings.ts';

/**
 * The partnership's colours as CSS custom properties, in a file of their own
 * so another partnership's colours need no code change and no inline style.
 */
export const GET: APIRoute = async () => {
  const { partnership } = await siteSettings();
  const css = `:root{--brand:${partnership.colours.primary};--accent:${partnership.colours.accent};}\n`;
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
