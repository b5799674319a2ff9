import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';

/**
 * The partnership's colours as CSS custom properties, in a file of their own
 * so another partnership's colours need no code change and no inline style.
 */
export const GET: APIRoute = async () => {
  const { partnership } = (await getEntry('settings', 'partnership'))!.data;
  const css = `:root{--brand:${partnership!.colours.primary};--accent:${partnership!.colours.accent};}\n`;
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
