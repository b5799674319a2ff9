import type { ReportYear } from '../model/report-year.ts';
import { dataTables } from '../model/open-data/data-tables.ts';

/** Where the open data lives: beside each year's page, in its data/ folder, so a table's link is simply data/<id>.csv. */
export const figuresSchemaPath = '/data/annual-report-figures.schema.json';

export function yearFiguresJsonPath(yearId: string): string {
  return `/${yearId}/data/figures-${yearId}.json`;
}

export function tableCsvPath(yearId: string, tableId: string): string {
  return `/${yearId}/data/${tableId}.csv`;
}

/** Every open data file of the site, for the sitemap. */
export function openDataPaths(years: readonly ReportYear[], trendTableIds: readonly string[]): string[] {
  return [
    figuresSchemaPath,
    ...years.flatMap((year) => [yearFiguresJsonPath(year.id), ...dataTables(year).map((table) => tableCsvPath(year.id, table.id))]),
    ...trendTableIds.map((id) => `/trends/data/${id}.csv`),
  ];
}
