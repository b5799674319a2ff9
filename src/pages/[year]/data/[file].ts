import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../../model/open-data/csv.ts';
import { dataTables } from '../../../model/open-data/data-tables.ts';
import { yearFigures } from '../../../model/open-data/year-figures.ts';
import { figuresSchemaPath } from '../../../render/open-data-paths.ts';
import { siteSettings } from '../../../render/site-settings.ts';
import { siteYears } from '../../../render/site-years.ts';

/** Each year's open data: every table as CSV, and all its figures as one JSON file. */
export const getStaticPaths = (async () => {
  const { partnership } = await siteSettings();
  return (await siteYears()).flatMap((year) => [
    ...dataTables(year).map((table) => ({ params: { year: year.id, file: `${table.id}.csv` }, props: { body: toCsv(table), type: 'text/csv; charset=utf-8' } })),
    {
      params: { year: year.id, file: `figures-${year.id}.json` },
      props: { body: `${JSON.stringify({ $schema: figuresSchemaPath, ...yearFigures(year, partnership.name) }, null, 2)}\n`, type: 'application/json' },
    },
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': props.type as string } });
