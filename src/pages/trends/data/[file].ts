import type { APIRoute, GetStaticPaths } from 'astro';
import { siteTrends } from '../../../model/compute/site-trends.ts';
import { toCsv } from '../../../model/open-data/csv.ts';
import { trendTable } from '../../../model/open-data/trend-table.ts';
import { siteSettings } from '../../../render/site-settings.ts';
import { siteYears } from '../../../render/site-years.ts';
import { trendAnchor } from '../../../render/trend-anchor.ts';

/** Each trend's table as CSV, beside the trends page. */
export const getStaticPaths = (async () =>
  siteTrends(await siteYears(), (await siteSettings()).partnership.partners).map((trend) => ({ params: { file: `${trendAnchor(trend)}.csv` }, props: { body: toCsv(trendTable(trend, trendAnchor(trend))) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
