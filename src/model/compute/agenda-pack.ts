import type { CoverReport } from '../schemas/cover-report.ts';

/**
 * Whether the cover report's appendix is the year's full annual report as
 * this site builds it. Only then is the agenda pack (the cover report
 * followed by that report) made: a paper whose appendix is a document the
 * site does not hold in full, or that has none, is filed alone.
 */
export function hasAgendaPack(report: CoverReport): boolean {
  return report.appendices.some((appendix) => appendix.annualReport === true);
}

/** The annual report as the cover report's appendix, as the agenda pack names it. */
export interface PackAppendix {
  /** Its bookmark: the appendix as the cover report lists it, "Appendix A: …". */
  bookmark: string;
  /** Its letter or number ("A", "1"), which prefixes its page labels: "A-1", "A-2"… */
  label: string;
}

/**
 * The appendix that is the annual report: its letter or number is the one
 * its title gives ("Appendix 1: …"), or else its place in the list (the
 * first is Appendix A).
 */
export function packAppendix(report: CoverReport): PackAppendix | undefined {
  const index = report.appendices.findIndex((appendix) => appendix.annualReport === true);
  if (index < 0) return undefined;
  const { title } = report.appendices[index];
  const stated = /^Appendix\s+([A-Z]|\d+)\b\s*[:.–-]?\s*/i.exec(title);
  const label = stated ? stated[1].toUpperCase() : String.fromCharCode(65 + index);
  return { bookmark: stated ? title : `Appendix ${label}: ${title}`, label };
}
