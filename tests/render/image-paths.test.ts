import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { absoluteImagePaths } from '../../src/render/image-paths.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';

describe('picture addresses', () => {
  const html = renderMarkdown('![Partners at the conference](images/conference.jpg) and ![A chart](/2024-25/images/chart.png)');

  for (const page of ['/2024-25/', '/2024-25/children/', '/2024-25/print/']) {
    it(`point at the year’s images folder from ${page}`, () => {
      const result = absoluteImagePaths(html, page);
      assert.match(result, /<img src="\/2024-25\/images\/conference\.jpg" alt="Partners at the conference">/);
      assert.equal((result.match(/src="\/2024-25\/images\//g) ?? []).length, 2, 'an address that is already absolute is left alone');
    });
  }

  it('are left alone on pages outside a year', () => {
    assert.equal(absoluteImagePaths(html, '/accessibility/'), html);
  });
});
