import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderInline, renderMarkdown } from '../../src/render/markdown.ts';

describe('Markdown rendering', () => {
  it('puts a "#" heading one level below the section heading', () => {
    assert.match(renderMarkdown('# Subgroups', 2), /<h3>Subgroups<\/h3>/);
    assert.match(renderMarkdown('# Subgroups', 3), /<h4>Subgroups<\/h4>/);
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
