// Search for /search/, built on Pagefind's own search API. The page works
// without this script: the form then reloads the page, which says searching
// needs JavaScript and links to each year's contents instead.
const form = document.querySelector('[data-search-form]');
const input = document.getElementById('search-query');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const needsScript = document.querySelector('[data-search-needs-script]');

let pagefind;

/** Pagefind marks matches with <mark>; rebuild the excerpt from text nodes so no other markup gets in. */
function excerptNodes(excerpt) {
  const parts = excerpt.split(/(<mark>.*?<\/mark>)/g);
  return parts.map((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (marked ? marked[1] : part).replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    if (!marked) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

function resultItem(data) {
  const item = document.createElement('li');
  item.className = 'search-results__item';
  const heading = document.createElement('h2');
  heading.className = 'search-results__title';
  const link = document.createElement('a');
  // A report section is a result of its own; on a whole page (a child version), the best-matching heading.
  const section = !data.meta.report && data.sub_results && data.sub_results[0];
  link.href = section ? section.url : data.url;
  link.textContent = section && section.title && section.title !== data.meta.title ? `${data.meta.title}: ${section.title}` : data.meta.title;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-results__excerpt';
  excerpt.append(...excerptNodes(section ? section.excerpt : data.excerpt));
  if (data.meta.report) {
    const from = document.createElement('p');
    from.className = 'search-results__from';
    from.textContent = data.meta.report;
    item.append(heading, from, excerpt);
    return item;
  }
  item.append(heading, excerpt);
  return item;
}

async function search(query) {
  list.replaceChildren();
  list.hidden = true;
  if (!query.trim()) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  if (!pagefind) {
    pagefind = await import('/pagefind/pagefind.js');
    // Each result is one section of a report, and sections differ a lot in length: a long section that
    // is about the word (the budget, for "funding") should not lose to a short one that mentions it once
    // or twice, so length is held against a section less than Pagefind's default (0.75) would.
    await pagefind.options({ ranking: { pageLength: 0.25 } });
  }
  const response = await pagefind.search(query);
  const results = await Promise.all(response.results.slice(0, 20).map((result) => result.data()));
  list.append(...results.map(resultItem));
  list.hidden = results.length === 0;
  const total = response.results.length;
  status.textContent =
    total === 0
      ? `No results for “${query}”. Try another word, or browse each year's contents below.`
      : `${total} ${total === 1 ? 'result' : 'results'} for “${query}”${total > results.length ? `; the first ${results.length} are shown` : ''}.`;
}

if (form && input && status && list) {
  if (needsScript) needsScript.hidden = true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    search(input.value).catch(() => {
      status.textContent = 'Search is not working at the moment. Please use each year’s contents below.';
    });
  });
  const initial = new URL(window.location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    form.requestSubmit();
  }
}
