import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot, fixtures } from '../helpers/paths.ts';

// Every character that ends or opens something in HTML, in text that templates write into attributes and elements.
const summary = `Keeping children safe: "what we did" <b>and</b> what's next & why.`;
const expansion = `Redbrook "Safeguarding" <i>Children</i> & partners' Partnership`;

/** The text with one passage replaced; a fixture that no longer holds it fails here, not later as a weaker test. */
function replaced(text: string, passage: string, replacement: string): string {
  assert.ok(text.includes(passage), `the fixture no longer holds "${passage}"`);
  return text.replace(passage, replacement);
}

describe('text from content in the built pages', () => {
  const report = 'data/2030-31/report.yaml';
  const glossary = 'data/glossary.yaml';
  const governance = 'content/2030-31/governance.md';
  const project = fixtureCopy('minimal', {
    [report]: readFileSync(join(fixtures, 'minimal', report), 'utf8').replace(/^summary: .*$/m, `summary: ${JSON.stringify(summary)}`),
    // An expansion is written into each abbreviation's title attribute.
    // The partnership's own abbreviation, used in the report's text, so the page spells it out.
    [governance]: `${readFileSync(join(fixtures, 'minimal', governance), 'utf8')}\nThe RSCP met every quarter.\n`,
    [glossary]: replaced(readFileSync(join(fixtures, 'minimal', glossary), 'utf8'), 'expansion: Redbrook Safeguarding Children Partnership', `expansion: ${JSON.stringify(expansion)}`),
  });
  after(() => project.remove());

  it('reaches every attribute and element exactly as written, never as markup', () => {
    const built = spawnSync(process.execPath, [join(appRoot, 'src/build/build-site.ts')], {
      env: { ...process.env, CONTENT_ROOT: project.root, PDF_CACHE_DIR: join(project.root, '.cache', 'pdfs') },
      encoding: 'utf8',
    });
    assert.equal(built.status, 0, built.stderr);
    const tree = fromHtml(readFileSync(join(project.root, 'dist', '2030-31', 'index.html'), 'utf8')) as Root;
    const attributes: string[] = [];
    const titles: string[] = [];
    const tags: Element[] = [];
    visit(tree, 'element', (node: Element) => {
      for (const value of Object.values(node.properties)) if (typeof value === 'string' && value.includes('Keeping children safe')) attributes.push(value);
      if (node.tagName === 'abbr' && String(node.properties.title).startsWith('Redbrook')) titles.push(String(node.properties.title));
      if (node.tagName === 'b' || node.tagName === 'i') tags.push(node);
    });
    assert.ok(attributes.length >= 1, 'the summary is written into the page description');
    for (const value of attributes) assert.equal(value, summary);
    assert.ok(titles.length >= 1, 'the expansion is written into the abbreviation’s title');
    for (const value of titles) assert.equal(value, expansion);
    assert.deepEqual(tags, [], 'a tag written in the text stays text');
  });
});
