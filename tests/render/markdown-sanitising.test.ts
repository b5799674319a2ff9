import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { renderInline, renderMarkdown } from '../../src/render/markdown.ts';

/** Every element and attribute the rendered HTML holds, read from the parsed result rather than its text. */
function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html, { fragment: true }) as Root, 'element', (node: Element) => {
    found.push(node);
  });
  return found;
}

const unsafeAddress = /^\s*(javascript|vbscript|data|file):/i;

// These hold whatever the page's security policy says: the renderer itself must never write them.
describe('Markdown from content never becomes active HTML', () => {
  const hostile = [
    '[click](javascript:alert(1))',
    '[click](JaVaScRiPt:alert(1))',
    '[click](vbscript:msgbox(1))',
    '[click](data:text/html;base64,PHNjcmlwdD4=)',
    '[click][r]\n\n[r]: javascript:alert(1)',
    '<javascript:alert(1)>',
    '![x](javascript:alert(1))',
    '![x][p]\n\n[p]: data:image/svg+xml,<svg onload=alert(1)>',
    '<a href="javascript:alert(1)">click</a>',
    '<svg onload="alert(1)"></svg>',
    '<iframe src="https://example.org"></iframe>',
    '<style>body{display:none}</style>',
    '<object data="x.swf"></object>',
    '<form action="https://example.org"><input name="q"></form>',
  ];

  for (const text of hostile) {
    it(`writes no script, handler, frame, style, form or unsafe address for ${JSON.stringify(text)}`, () => {
      for (const html of [renderMarkdown(text), renderInline(text.split('\n')[0])]) {
        for (const element of elementsOf(html)) {
          assert.ok(!['script', 'iframe', 'style', 'object', 'embed', 'form', 'input', 'svg'].includes(element.tagName), `${element.tagName} in ${html}`);
          for (const [name, value] of Object.entries(element.properties)) {
            assert.ok(!/^on/i.test(name), `${name} in ${html}`);
            if (['href', 'src', 'action', 'formAction'].includes(name)) assert.doesNotMatch(String(value), unsafeAddress, html);
          }
        }
      }
    });
  }

  it('keeps ordinary links and emphasis', () => {
    const [link] = elementsOf(renderMarkdown('See [the guidance](https://www.gov.uk/government/publications/working-together-to-safeguard-children--2).')).filter((element) => element.tagName === 'a');
    assert.equal(link.properties.href, 'https://www.gov.uk/government/publications/working-together-to-safeguard-children--2');
  });
});
