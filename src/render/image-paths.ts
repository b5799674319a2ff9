/**
 * Authors write a picture's address as images/<file>, relative to their
 * year's content folder. The same text appears on the report page, the child
 * version and the print pages, which sit at different depths, so each
 * address is made absolute (/<year>/images/<file>), where the build publishes
 * the year's pictures.
 */
export function absoluteImagePaths(html: string, pagePath: string): string {
  const year = /^\/(\d{4}-\d{2})\//.exec(pagePath)?.[1];
  if (!year) return html;
  return html.replace(/(<img\b[^>]*?\ssrc=")images\//g, `$1/${year}/images/`);
}
