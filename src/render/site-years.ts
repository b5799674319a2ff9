import { getCollection } from 'astro:content';
import type { ReportYear } from '../model/report-year.ts';
import { publicYears } from './public-years.ts';

/** The years this build shows (drafts only on the preview server), oldest first. */
export async function siteYears(): Promise<ReportYear[]> {
  return publicYears(await getCollection('years')).map((entry) => entry.data as ReportYear);
}
