import type { APIRoute } from 'astro';
import { escapeXml } from '../charts/svg-text.ts';
import { siteYears } from '../render/site-years.ts';
import { sitePaths } from '../render/site-paths.ts';
import { siteSettings } from '../render/site-settings.ts';

/** sitemap.xml: every public page at its full address, from siteUrl in data/partnership.yaml. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('data/partnership.yaml has no siteUrl, so the sitemap cannot give full addresses.');
  const urls = sitePaths(await siteYears(), (await siteSettings()).partnership.partners).map((path) => `  <url><loc>${escapeXml(new URL(path, site).href)}</loc></url>`);
  const xml = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
