/* global Paged */
/**
 * Runs in the browser during Paged.js layout. Paged.js does not repeat a
 * table's header row when the table continues on a new page, so readers of
 * page 3 of a long table would not know what its columns are. The header is
 * added as the continued table is laid out, not after the page is finished,
 * so that Paged.js measures it and moves rows on rather than cutting them off.
 */
class RepeatTableHeaders extends Paged.Handler {
  renderNode(clone) {
    if (!(clone instanceof HTMLElement)) return;
    // Only a table that continues with body rows needs a header added: when a
    // whole table moves to the next page, its own caption and header come too.
    if (!clone.closest('tbody, tfoot')) return;
    const table = clone.closest('table[data-split-from]');
    if (!table || table.querySelector(':scope > thead')) return;
    const original = this.chunker.source.querySelector(`table[data-ref="${table.dataset.ref}"]`);
    const head = original?.querySelector(':scope > thead');
    if (!head) return;
    const repeated = head.cloneNode(true);
    repeated.setAttribute('data-repeated-header', '');
    const caption = table.querySelector(':scope > caption');
    table.insertBefore(repeated, caption ? caption.nextSibling : table.firstChild);
  }
}
Paged.registerHandlers(RepeatTableHeaders);
