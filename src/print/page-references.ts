/**
 * Runs in the print page. Chromium has no target-counter(), so the page a
 * link leads to is learnt from a first print and written into the link's
 * data-page, which print.css shows (the contents' page numbers, "(page 12)"
 * after a cross-reference). Before the first print every link gets a
 * placeholder as wide as the real numbers will be, so that filling them in
 * is unlikely to move the text; the renderer checks that it did not.
 */
export function setPageReferences(pages: Record<string, number> | string): string[] {
  const missing: string[] = [];
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
    if (typeof pages === 'string') link.dataset.page = pages;
    else if (pages[id] === undefined) missing.push(link.getAttribute('href')!);
    else link.dataset.page = String(pages[id]);
  }
  return missing;
}

/** Every link's address as written and its text, for the PDF's link descriptions. */
export function printedLinks(): { href: string; text: string }[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((link) => ({
    href: link.getAttribute('href')!.startsWith('#') ? link.getAttribute('href')! : link.href,
    text: link.textContent ?? '',
  }));
}
