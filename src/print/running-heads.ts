/**
 * Runs in the print page before it is printed. Chromium has no string-set, so
 * each part that names the running head (data-running-title for the document,
 * data-running-head for a main section) gets a named page, with the text
 * written into that page's margin boxes. As with string-set, a running head
 * lasts until the next one: the parts that follow a main section (its
 * sub-sections) share its page name, so they do not start a new page. A new
 * name starts a new page, as the main sections already do. Page numbers and the
 * margin boxes' type come from print.css; the first page, the cover, has none.
 */
export function nameRunningHeadPages(): number {
  const quote = (text: string) => `"${text.replace(/\s+/g, ' ').trim().replace(/[\\"]/g, '\\$&')}"`;
  const names = new Map<string, string>();
  const marked = '[data-running-title], [data-running-head]';
  const nameFor = (part: HTMLElement) => {
    const title = part.closest<HTMLElement>('[data-running-title]')?.dataset.runningTitle ?? '';
    const head = part.closest<HTMLElement>('[data-running-head]')?.dataset.runningHead ?? '';
    const key = JSON.stringify([title, head]);
    if (!names.has(key)) names.set(key, `running-head-${names.size}`);
    return { name: names.get(key)!, title, head };
  };
  const rules: string[] = [];
  for (const part of document.querySelectorAll<HTMLElement>(marked)) {
    const { name, title, head } = nameFor(part);
    part.style.setProperty('page', name);
    if (part.dataset.runningHead !== undefined) {
      for (let next = part.nextElementSibling; next instanceof HTMLElement && !next.matches(marked) && !next.querySelector(marked); next = next.nextElementSibling) {
        next.style.setProperty('page', name);
      }
    }
    if (rules.some((rule) => rule.startsWith(`@page ${name} `))) continue;
    rules.push(
      `@page ${name} { @top-left { content: ${quote(title)} } @top-right { content: ${quote(head)} } }`,
      // A named page outranks :first, so the cover's blank margins are repeated for each name.
      `@page ${name}:first { @top-left { content: none } @top-right { content: none } @bottom-center { content: none } }`,
    );
  }
  const style = document.createElement('style');
  style.textContent = rules.join('\n');
  document.head.append(style);
  return names.size;
}
