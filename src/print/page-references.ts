/**
 * Runs in the print page. Chromium has no target-counter(), so the page a
 * link leads to is learnt from a first print and written into the link as
 * real text, which is tagged like the link's own words (Chromium leaves
 * generated content, ::after, untagged in some places). print.css says which
 * links show it and how, with --page-reference: "number" (the contents) or
 * "in-brackets" ("(page 12)" after a cross-reference). Before the first print
 * each gets a placeholder as wide as most real numbers, so filling them in is
 * unlikely to move the text; the renderer checks that it did not.
 */
export function setPageReferences(pages: Record<string, number> | string): { written: number; missing: string[] } {
  const missing: string[] = [];
  let written = 0;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const style = getComputedStyle(link).getPropertyValue('--page-reference').replace(/["'\s]/g, '');
    if (style !== 'number' && style !== 'in-brackets') continue;
    const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
    const page = typeof pages === 'string' ? pages : pages[id];
    if (page === undefined) {
      missing.push(link.getAttribute('href')!);
      continue;
    }
    let reference = link.querySelector<HTMLElement>(':scope > .page-reference');
    if (!reference) {
      reference = document.createElement('span');
      reference.className = 'page-reference';
      link.append(reference);
    }
    reference.textContent = style === 'number' ? String(page) : ` (page ${page})`;
    written++;
  }
  return { written, missing };
}

/** Every link's address as written and its text, for the PDF's link descriptions. */
export function printedLinks(): { href: string; text: string }[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((link) => ({
    href: link.getAttribute('href')!.startsWith('#') ? link.getAttribute('href')! : link.href,
    text: link.textContent ?? '',
  }));
}

/**
 * For the first print, which only finds where link targets land, nothing is
 * painted but the targets themselves: visibility does not change the layout,
 * and a print with almost nothing to draw is about a third quicker. The
 * renderer checks that the tagged print's targets land on the same pages.
 */
export function paintOnlyLinkTargets(only: boolean): void {
  const id = 'paint-only-link-targets';
  document.getElementById(id)?.remove();
  if (!only) return;
  const style = document.createElement('style');
  style.id = id;
  style.textContent = 'body * { visibility: hidden !important } body [id] { visibility: visible !important }';
  document.head.append(style);
}
