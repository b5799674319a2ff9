import { getCollection } from 'astro:content';
import { readReviewFindings, type ReviewFindings } from '../build/review-findings.ts';
import { projectRoot } from '../build/project-root.ts';
import { groupFindings, isAboutYear, yearReview, type FileFindings, type YearReview } from '../model/compute/year-review.ts';
import type { ReportYear } from '../model/report-year.ts';

export interface ReviewedYear {
  year: ReportYear;
  review: YearReview;
}

/**
 * Every year, drafts included, with its review; and the findings about files
 * shared by all years. The findings are those the last check recorded
 * (npm run check, dev or build), so the review report says when that was.
 */
export async function reviewYears(): Promise<{ years: ReviewedYear[]; shared: FileFindings[]; findings?: ReviewFindings }> {
  const findings = readReviewFindings(projectRoot);
  const problems = findings?.problems ?? [];
  const years = (await getCollection('years'))
    .map((entry) => entry.data as ReportYear)
    .sort((a, b) => b.id.localeCompare(a.id))
    .map((year) => ({ year, review: yearReview(year, problems, findings?.fingerprints[year.id]) }));
  const shared = groupFindings(problems.filter((problem) => !years.some(({ year }) => isAboutYear(problem, year.id))));
  return { years, shared, findings };
}
