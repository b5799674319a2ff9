import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { directives, expectedPolicy, expectedSearchPagePolicy } from '../helpers/expected-policy.ts';
import { fixtureCopy } from '../helpers/fixture-copy.ts';
import { appRoot } from '../helpers/paths.ts';

/** Every element of a page's head, in order. */
function headOf(html: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html) as Root, 'element', (node: Element) => {
    if (node.tagName === 'head') found.push(...(node.children.filter((child) => child.type === 'element') as Element[]));
  });
  return found;
}

const isPolicy = (node: Element) => node.tagName === 'meta' && String(node.properties.httpEquiv).toLowerCase() === 'content-security-policy';

describe('the built pages of a project', () => {
  const project = fixtureCopy('minimal');
  let pages: string[];
  before(() => {
    const built = spawnSync(process.execPath, [join(appRoot, 'src/build/build-site.ts')], {
      env: { ...process.env, CONTENT_ROOT: project.root, PDF_CACHE_DIR: join(project.root, '.cache', 'pdfs') },
      encoding: 'utf8',
    });
    assert.equal(built.status, 0, built.stderr);
    pages = readdirSync(join(project.root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  });
  after(() => project.remove());

  it('each state the strict Content-Security-Policy, directive by directive, before anything they load', () => {
    assert.ok(pages.length >= 5, pages.join(', '));
    for (const file of pages) {
      const head = headOf(readFileSync(join(project.root, 'dist', file), 'utf8'));
      const policies = head.filter(isPolicy);
      assert.equal(policies.length, 1, `${file} states ${policies.length} policies`);
      const firstLoad = head.findIndex((node) => ['link', 'script', 'style'].includes(node.tagName));
      assert.ok(firstLoad === -1 || head.indexOf(policies[0]) < firstLoad, `${file}: the policy comes after something the page loads`);
      assert.deepEqual(directives(String(policies[0].properties.content)), file === 'search/index.html' ? expectedSearchPagePolicy : expectedPolicy, file);
    }
  });

  it('send the same policy again from the web host, with framing by other sites refused', () => {
    const headers = readFileSync(join(project.root, 'dist', '_headers'), 'utf8');
    for (const file of pages.filter((page) => page.endsWith('index.html'))) {
      const path = `/${file.replace(/index\.html$/, '')}`;
      const rule = new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n((?:  .*\\n?)*)`, 'm').exec(headers);
      assert.ok(rule, `no headers for ${path}`);
      const sent = /Content-Security-Policy: (.*)/.exec(rule[1])?.[1] ?? '';
      assert.deepEqual(directives(sent), { ...(path === '/search/' ? expectedSearchPagePolicy : expectedPolicy), 'frame-ancestors': "'none'" }, path);
    }
  });
});
