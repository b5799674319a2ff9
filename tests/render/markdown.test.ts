import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderInline, renderMarkdown } from '../../src/render/markdown.ts';

describe('Markdown rendering', () => {
  it('puts a "#" heading one level below the section heading', () => {
    assert.match(renderMarkdown('# Subgroups', 2), /<h3>Subgroups<\/h3>/);
    assert.match(renderMarkdown('# Subgroups', 3), /<h4>Subgroups<\/h4>/);
    assert.equal(renderMarkdown('# One\n\n###### Six', 2), '<h3>One</h3>\n<h6>Six</h6>', 'never deeper than h6');
    assert.equal(renderMarkdown('# Again', 2), '<h3>Again</h3>', 'the same each time');
    assert.equal(renderMarkdown('A <hr> and\n\n***', 2), '<p>A  and</p>\n<hr>', 'an element merely starting with h is not a heading');
  });

  it('drops raw HTML, scripts and event handlers', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror="alert(1)"> **world**');
    assert.doesNotMatch(html, /script|onerror|<img/);
    assert.match(html, /<strong>world<\/strong>/);
  });

  it('renders tables and lists', () => {
    assert.match(renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |'), /<table>/);
    assert.match(renderMarkdown('- one\n- two'), /<ul>\n<li>one<\/li>/);
  });

  it('renders one line without a paragraph around it', () => {
    assert.equal(renderInline('Some *words*'), 'Some <em>words</em>');
  });
});
