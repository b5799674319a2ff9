/** What `publish-year` writes as the publication date, or why it cannot choose one. */
export type PublicationDateChoice = { date?: string } | { refusal: string };

/**
 * Today is the right date only for a report published now. A year whose
 * period ended more than a year ago is being entered after the fact, so its
 * date must be given (or declared unknown) rather than silently becoming
 * today's.
 */
export function choosePublicationDate(options: { yearId: string; given?: string; periodEnd?: string; today: string }): PublicationDateChoice {
  const { yearId, given, periodEnd, today } = options;
  if (given === 'unknown') return {};
  if (given !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(Date.parse(`${given}T00:00:00Z`)) || new Date(`${given}T00:00:00Z`).toISOString().slice(0, 10) !== given) {
      return { refusal: `--date must be a real day written YYYY-MM-DD, or "unknown"; found "${given}".` };
    }
    return { date: given };
  }
  if (periodEnd && yearsBetween(periodEnd, today) > 1) {
    return {
      refusal:
        `${yearId} ended on ${periodEnd}, more than a year ago, so it was not published today. ` +
        `Give the day it was published: npm run publish-year -- ${yearId} --date YYYY-MM-DD, or --date unknown if no one knows.`,
    };
  }
  return { date: today };
}

function yearsBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (365.25 * 24 * 60 * 60 * 1000);
}
