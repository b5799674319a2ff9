import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describeLinks, namedDestinationPages } from '../../../src/build/pdf-ua/link-descriptions.ts';
import { loadRawPrint } from '../../helpers/raw-print.ts';

const contentsOf = (document: Awaited<ReturnType<typeof loadRawPrint>>) =>
  document.getPages().flatMap((page) => {
    const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    return (annotations?.asArray() ?? []).map((ref) => {
      const value = (document.context.lookup(ref) as PDFDict).lookup(PDFName.of('Contents'));
      return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
    });
  });

describe('describing each link', () => {
  it('knows the page each named destination is on', async () => {
    const pages = namedDestinationPages(await loadRawPrint());
    assert.deepEqual(Object.fromEntries(pages), { first: 1, second: 2, 'second-more': 2 });
  });

  it('says, with the link’s own words, which page it goes to or which address it opens', async () => {
    const document = await loadRawPrint();
    assert.deepEqual(contentsOf(document), [undefined, undefined, undefined, undefined], 'Chromium describes no link');
    const links = [
      { href: '#first', text: 'The first part' },
      { href: '#second', text: 'The second part' },
      { href: '#second-more', text: 'More of the\n second part' },
      { href: 'https://www.example.org/report', text: 'the full report' },
    ];
    assert.equal(describeLinks(document, links), 4);
    assert.deepEqual(contentsOf(document), [
      'Go to The first part, page 1',
      'Go to The second part, page 2',
      'Go to More of the second part, page 2',
      'the full report: https://www.example.org/report',
    ]);
  });

  it('still says where a link goes when its words are not known', async () => {
    const document = await loadRawPrint();
    describeLinks(document, []);
    assert.deepEqual(contentsOf(document), ['Go to page 1', 'Go to page 2', 'Go to page 2', 'https://www.example.org/report']);
  });
});
