/** True for the pages the PDFs are printed from: /<year>/print/, /<year>/children/print/ and /<year>/committee/<meeting>/. */
export function isPrintEdition(pathname: string): boolean {
  return /\/(print|committee)\//.test(pathname);
}
