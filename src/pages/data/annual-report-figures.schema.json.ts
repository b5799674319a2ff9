import type { APIRoute } from 'astro';
import { yearFiguresJsonSchema } from '../../model/open-data/year-figures.ts';
import { figuresSchemaPath } from '../../render/open-data-paths.ts';

/** The JSON Schema of every year's figures file, generated from the content schemas. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(yearFiguresJsonSchema(site ? new URL(figuresSchemaPath, site).href : figuresSchemaPath), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
