/**
 * The years a build publishes: drafts appear on the preview server, so the
 * team can see them, and never in the public build. Oldest first.
 */
export function publicYears<T extends { id: string; data: { meta: { status: string } } }>(
  entries: readonly T[],
  includeDrafts: boolean = import.meta.env?.DEV ?? false,
): T[] {
  return entries.filter((entry) => includeDrafts || entry.data.meta.status === 'published').sort((a, b) => a.id.localeCompare(b.id));
}
