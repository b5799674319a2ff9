import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wrapListItemBodies } from '../../../src/build/pdf-ua/list-structure.ts';
import { allNodes, pdfJsFromBytes, tagTree } from '../../helpers/built-pdfs.ts';
import { loadRawPrint } from '../../helpers/raw-print.ts';

type PdfJsNode = { role?: string; type?: string; children?: PdfJsNode[] };
const shape = (node: PdfJsNode): string => (node.role ? `${node.role}(${(node.children ?? []).map(shape).join(' ')})` : node.type ?? '');

describe('giving each list item a body', () => {
  it('moves what Chromium put straight into an LI (a link, a nested list) into an LBody after its label', async () => {
    const document = await loadRawPrint();
    const loose = () => allNodes(tagTree(document)).filter((node) => node.type === 'LI' && node.children.some((child) => !['Lbl', 'LBody'].includes(child.type)));
    const before = loose().length;
    assert.equal(before, 5, 'Chromium put the links, the nested list and the bullet points’ words straight into the five list items');
    assert.equal(wrapListItemBodies(document), before);
    assert.equal(loose().length, 0);
    const items = allNodes(tagTree(document)).filter((node) => node.type === 'LI');
    assert.ok(items.every((item) => item.children[0].type === 'Lbl' && item.children.at(-1)!.type === 'LBody'));
  });

  it('keeps the content reachable from the tag tree, in order, so the links still lead from their words', async () => {
    const document = await loadRawPrint();
    wrapListItemBodies(document);
    const page = await (await pdfJsFromBytes(await document.save())).getPage(1);
    const tree = shape((await page.getStructTree()) as PdfJsNode);
    assert.match(tree, /LI\(Lbl\(content\) LBody\(Link\(NonStruct\(content\) object\)\)\)/);
    assert.match(tree, /LBody\(Link\(NonStruct\(content\) object\) L\(LI\(Lbl\(content\) LBody\(Link/);
  });
});
