import type { Reviews } from '../schemas/reviews.ts';

/** The counts of reviews the report gives, each with its label, in the order the page and the download show them; one it is silent about has no row. */
export function reviewCounts(reviews: Reviews): [label: string, count: number][] {
  const counts = reviews.counts ?? {};
  const rows: [string, number | null | undefined][] = [
    ['Rapid reviews', counts.rapidReviews],
    ['Local child safeguarding practice reviews commissioned', counts.lcsprsCommissioned],
    ['Cases of concern', counts.casesOfConcern],
    ['Learning briefings published', counts.briefingsPublished],
  ];
  return rows.filter((row): row is [string, number] => row[1] != null);
}
