/**
 * Reporting years are named after the April they start in: "2024-25".
 * These small functions move between them and find a year's neighbours.
 */

const yearId = /^(\d{4})-(\d{2})$/;

/** True for a well-formed year whose two halves follow on, like 2025-26 (not 2025-27). */
export function isYearId(id: string): boolean {
  const match = yearId.exec(id);
  return match !== null && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

/** The year that starts a given number of years later (or earlier, when negative): 2024-25 → 2025-26. */
export function shiftYear(id: string, by: number): string {
  const start = Number(id.slice(0, 4)) + by;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The year immediately before: 2024-25 → 2023-24. */
export function yearBefore(id: string): string {
  return shiftYear(id, -1);
}

/** The reporting period of a year: 1 April to 31 March. */
export function periodOf(id: string): { start: string; end: string } {
  const start = Number(id.slice(0, 4));
  return { start: `${start}-04-01`, end: `${start + 1}-03-31` };
}

/** The nearest year listed before and after a year, among the given ids (not necessarily consecutive). */
export function neighbours(ids: readonly string[], id: string): { previous?: string; next?: string } {
  const sorted = [...ids].sort();
  return { previous: sorted.filter((other) => other < id).at(-1), next: sorted.find((other) => other > id) };
}
