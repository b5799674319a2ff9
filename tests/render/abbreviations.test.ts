import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { expandAbbreviations, isSpeltOut, termsUsedIn } from '../../src/render/abbreviations.ts';

const terms = [
  { abbreviation: 'MASH', expansion: 'Multi-Agency Safeguarding Hub' },
  { abbreviation: 'CSC', expansion: "Children's Social Care" },
  { abbreviation: 'CSCP', expansion: 'Croydon Safeguarding Children Partnership' },
];
const page = (main: string) => `<!doctype html><html lang="en-GB"><head><title>MASH</title></head><body><main>${main}</main></body></html>`;
function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html, { fragment: true }) as Root, 'element', (node: Element) => {
    found.push(node);
  });
  return found;
}
const textOf = (node: Element): string => node.children.map((child) => (child.type === 'text' ? (child as Text).value : child.type === 'element' ? textOf(child) : '')).join('');
const mainOf = (html: string) => /<main>([\s\S]*)<\/main>/.exec(html)![1];

describe('abbreviations', () => {
  it('spells out an abbreviation at its first use only', () => {
    const html = expandAbbreviations(page('<p>The MASH met.</p><p>The MASH met again.</p>'), terms);
    assert.equal(
      mainOf(html),
      '<p>The Multi-Agency Safeguarding Hub (<abbr title="Multi-Agency Safeguarding Hub">MASH</abbr>) met.</p><p>The MASH met again.</p>',
    );
  });

  it('spells out a term that ends in +, and never a shorter term inside it', () => {
    const lgbtq = [
      { abbreviation: 'LGBTQ', expansion: 'lesbian, gay, bisexual, trans and queer' },
      { abbreviation: 'LGBTQ+', expansion: 'lesbian, gay, bisexual, trans, queer and other identities' },
    ];
    const html = expandAbbreviations(page('<p>Support for LGBTQ+ young people.</p>'), lgbtq);
    assert.equal(mainOf(html), '<p>Support for lesbian, gay, bisexual, trans, queer and other identities (<abbr title="lesbian, gay, bisexual, trans, queer and other identities">LGBTQ+</abbr>) young people.</p>');
    const shorterOnly = expandAbbreviations(page('<p>Support for LGBTQ+ young people.</p>'), lgbtq.slice(0, 1));
    assert.equal(mainOf(shorterOnly), '<p>Support for LGBTQ+ young people.</p>', 'never "… (LGBTQ)+"');
  });

  it('does not spell out an abbreviation the text already spells out', () => {
    const html = expandAbbreviations(page('<p>The Multi-Agency Safeguarding Hub (MASH) met.</p>'), terms);
    assert.equal(mainOf(html), '<p>The Multi-Agency Safeguarding Hub (<abbr title="Multi-Agency Safeguarding Hub">MASH</abbr>) met.</p>');
  });

  it('does not spell out an abbreviation whose long form the text gives with "&" for "and"', () => {
    const vcs = [{ abbreviation: 'VCS', expansion: 'voluntary and community sector' }];
    const html = expandAbbreviations(page('<p>Engagement with Voluntary &amp; Community Sector (VCS) grew.</p>'), vcs);
    const [paragraph, abbr] = ['p', 'abbr'].map((tag) => elementsOf(mainOf(html)).find((node) => node.tagName === tag)!);
    assert.equal(textOf(paragraph), 'Engagement with Voluntary & Community Sector (VCS) grew.');
    assert.equal(abbr.properties.title, 'voluntary and community sector');
  });

  it('never spells out an abbreviation written alone in brackets, so no bracket is nested in another', () => {
    const term = { abbreviation: 'VCS', expansion: 'voluntary and community sector' };
    assert.equal(isSpeltOut('the Voluntary Community Sector (', ') met', term), true);
    assert.equal(isSpeltOut('the partners (', ') met', term), true);
    assert.equal(isSpeltOut('Voluntary & Community Sector ', ' met', term), true);
    assert.equal(isSpeltOut('the ', ' met', term), false);
    const cscp = [{ abbreviation: 'CSCP', expansion: 'Croydon Safeguarding Children Partnership' }];
    const html = expandAbbreviations(page('<p>The Croydon Safeguarding Children (CSCP) Annual Report.</p>'), cscp);
    assert.equal(mainOf(html), '<p>The Croydon Safeguarding Children (<abbr title="Croydon Safeguarding Children Partnership">CSCP</abbr>) Annual Report.</p>');
  });

  it('does not spell out an abbreviation followed by its expansion in brackets, or one in a table header cell', () => {
    const html = expandAbbreviations(page('<table><tr><th>MASH</th><td>The CSC (Children\'s Social Care) team</td></tr></table>'), terms);
    const [header, cell, abbr] = ['th', 'td', 'abbr'].map((tag) => elementsOf(mainOf(html)).find((node) => node.tagName === tag)!);
    assert.equal(textOf(header), 'MASH');
    assert.equal(textOf(cell), "The CSC (Children's Social Care) team");
    assert.equal(abbr.properties.title, "Children's Social Care");
  });

  it('leaves headings, links and the page title alone and expands the first use in body text', () => {
    const html = expandAbbreviations(page('<h2>About the MASH</h2><p><a href="/">MASH</a> and MASH</p>'), terms);
    assert.match(html, /<title>MASH<\/title>/);
    assert.match(mainOf(html), /^<h2>About the MASH<\/h2><p><a href="\/">MASH<\/a> and Multi-Agency Safeguarding Hub \(<abbr/);
  });

  it('matches whole words, so CSC inside CSCP is not taken for it', () => {
    const html = expandAbbreviations(page('<p>The CSCP and CSC.</p>'), terms);
    assert.match(mainOf(html), /Croydon Safeguarding Children Partnership \(<abbr[^>]*>CSCP<\/abbr>\) and Children's Social Care \(<abbr/);
  });

  for (const tag of ['a', 'abbr', 'code', 'pre', 'svg', 'textarea', 'nav']) {
    it(`leaves the text of a <${tag}> alone, and spells out the first use after it`, () => {
      const inner = tag === 'svg' ? '<title>MASH</title>' : 'MASH';
      const html = expandAbbreviations(page(`<div><${tag}>${inner}</${tag}></div><p>then MASH</p>`), terms);
      const [inside] = elementsOf(mainOf(html)).filter((node) => node.tagName === tag);
      assert.equal(textOf(inside), 'MASH');
      assert.match(textOf(elementsOf(mainOf(html)).find((node) => node.tagName === 'p')!), /then Multi-Agency Safeguarding Hub \(MASH\)$/);
    });
  }

  for (const tag of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'dt', 'th']) {
    it(`does not spell out an abbreviation in a <${tag}>, a heading or label kept short`, () => {
      const wrapped = tag === 'caption' || tag === 'th' ? `<table><${tag === 'th' ? 'tr><th' : 'caption'}>The MASH</${tag === 'th' ? 'th></tr' : 'caption'}></table>` : tag === 'dt' ? '<dl><dt>The MASH</dt><dd>A team.</dd></dl>' : `<${tag}>The MASH</${tag}>`;
      const html = expandAbbreviations(page(wrapped), terms);
      assert.doesNotMatch(mainOf(html), /Multi-Agency/);
    });
  }

  it('prefers the longest abbreviation where two begin alike, whatever the glossary’s order', () => {
    const html = expandAbbreviations(page('<p>The CSCP met.</p>'), [...terms].reverse());
    assert.match(mainOf(html), /Croydon Safeguarding Children Partnership \(<abbr[^>]*>CSCP<\/abbr>\)/);
  });

  it('finds no terms when the glossary is empty, and leaves the page as it was', () => {
    assert.deepEqual(termsUsedIn('The MASH met', []), []);
    const original = page('<p>The MASH met.</p>');
    assert.equal(expandAbbreviations(original, []), original);
  });

  it('takes an abbreviation as spelt out only by its whole expansion, just before it or just after it in brackets', () => {
    const term = { abbreviation: 'MASH', expansion: 'Multi-Agency Safeguarding Hub' };
    assert.equal(isSpeltOut('the multi agency safeguarding hub ', ' met', term), true);
    assert.equal(isSpeltOut('the ', ' (Multi-Agency Safeguarding Hub) met', term), true);
    assert.equal(isSpeltOut('the ', ' ( Multi-Agency Safeguarding Hub ) met', term), true);
    assert.equal(isSpeltOut('Multi-Agency Safeguarding Hub staff and the ', ' met', term), false);
    assert.equal(isSpeltOut('the ', ' met the Multi-Agency Safeguarding Hub', term), false);
    assert.equal(isSpeltOut('the multiagencysafeguardinghub ', ' met', term), false);
    assert.equal(isSpeltOut('the (new) ', ' met', term), false, 'a bracket closed before it is not one around it');
    assert.equal(isSpeltOut('the (', ' team) met', term), false, 'nor is one closed after other words');
  });

  it('goes on to the element just after a text it has spelt out an abbreviation in', () => {
    const html = expandAbbreviations(page('<p>The MASH met <em>the CSC</em> team.</p>'), terms);
    assert.match(mainOf(html), /<em>the Children's Social Care \(<abbr[^>]*>CSC<\/abbr>\)<\/em>/);
  });

  it('leaves alone an element marked data-no-expand', () => {
    const html = expandAbbreviations(page('<p data-no-expand>The MASH met.</p><p>The MASH met again.</p>'), terms);
    assert.match(mainOf(html), /^<p data-no-expand="">The MASH met\.<\/p><p>The Multi-Agency Safeguarding Hub \(/);
  });

  it('lists the glossary terms a text uses, in glossary order', () => {
    assert.deepEqual(termsUsedIn('CSCP staff visited the MASH', terms).map((term) => term.abbreviation), ['MASH', 'CSCP']);
  });
});
