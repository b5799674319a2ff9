/**
 * Whether a table fits a phone is decided from its columns when the page is
 * built: pages carry no script, so they cannot measure themselves, and only a
 * table that can scroll should be a tab stop for keyboard users.
 */
export type ColumnKind = 'words' | 'label' | 'number';

/** The narrowest each kind of column reads well at, in rem: sentences need room, numbers little. */
const narrowest: Record<ColumnKind, number> = { words: 12, label: 7, number: 4.5 };

/** The text width of a 320 px screen (WCAG 1.4.10's reflow width) less the page's 1rem margins, in 16 px rem. */
export const phoneTextWidthRem = 18;

/** True when the table's columns cannot share a 320 px screen, so it scrolls sideways there. */
export function scrollsOnPhone(columns: readonly ColumnKind[]): boolean {
  return columns.reduce((sum, kind) => sum + narrowest[kind], 0) > phoneTextWidthRem;
}
