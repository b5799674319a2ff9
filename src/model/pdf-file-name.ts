/** The PDF's file name says what it is once downloaded: "cscp-annual-report-2024-25.pdf". */
export function annualReportPdfName(shortName: string, yearId: string): string {
  const prefix = shortName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${prefix}-annual-report-${yearId}.pdf`;
}

/** "cscp-annual-report-2024-25-cover-report-children-scrutiny.pdf" */
export function coverReportPdfName(shortName: string, yearId: string, meetingId: string): string {
  return annualReportPdfName(shortName, yearId).replace(/\.pdf$/, `-cover-report-${meetingId}.pdf`);
}

/** The same cover report as a Word document, for the clerk: "…-cover-report-children-scrutiny.docx". */
export function coverReportDocxName(shortName: string, yearId: string, meetingId: string): string {
  return coverReportPdfName(shortName, yearId, meetingId).replace(/\.pdf$/, '.docx');
}

/** The cover report followed by the annual report as Appendix A, for the agenda pack. */
export function agendaPackPdfName(shortName: string, yearId: string, meetingId: string): string {
  return annualReportPdfName(shortName, yearId).replace(/\.pdf$/, `-agenda-pack-${meetingId}.pdf`);
}

/** The printable child version: "cscp-annual-report-2024-25-for-children.pdf". */
export function childVersionPdfName(shortName: string, yearId: string): string {
  return annualReportPdfName(shortName, yearId).replace(/\.pdf$/, '-for-children.pdf');
}

/** The child version's one-page poster: "cscp-annual-report-2024-25-poster-for-children.pdf". */
export function childPosterPdfName(shortName: string, yearId: string): string {
  return annualReportPdfName(shortName, yearId).replace(/\.pdf$/, '-poster-for-children.pdf');
}

/** The review report of one year, for the team: "review-2024-25.pdf". */
export function reviewPdfName(yearId: string): string {
  return `review-${yearId}.pdf`;
}

/** A cover report still missing names, its date or approvals, printed for the review report. */
export function draftCoverReportPdfName(shortName: string, yearId: string, meetingId: string): string {
  return coverReportPdfName(shortName, yearId, meetingId).replace(/\.pdf$/, '-draft.pdf');
}
