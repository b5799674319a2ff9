import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allNodes, builtPdfs, loadWithPdfLib, tagTree } from '../../helpers/built-pdfs.ts';

for (const pdf of builtPdfs()) {
  describe(`${pdf.name}: lists (PDF/UA-1 7.2-20)`, () => {
    it('tags every list as L holding LI, and every LI as a label (Lbl) and a body (LBody) only', async () => {
      const nodes = allNodes(tagTree(await loadWithPdfLib(pdf.path)));
      const lists = nodes.filter((node) => node.type === 'L');
      // A short paper may have no list at all; then no list item may stand loose either.
      if (lists.length === 0) return assert.deepEqual(nodes.filter((node) => ['LI', 'Lbl', 'LBody'].includes(node.type)).map((node) => node.type), []);
      const problems = [
        ...lists.flatMap((list) => list.children.filter((child) => !['LI', 'Caption'].includes(child.type)).map((child) => `L holds ${child.type}`)),
        ...nodes.filter((node) => node.type === 'LI').flatMap((item) => [
          ...item.children.filter((child) => !['Lbl', 'LBody'].includes(child.type)).map((child) => `LI holds ${child.type}`),
          ...(item.contentKids.length > 0 ? ['LI holds content directly'] : []),
          ...(item.children.filter((child) => child.type === 'LBody').length > 1 ? ['LI has two bodies'] : []),
        ]),
      ];
      assert.deepEqual([...new Set(problems)], []);
    });
  });
}
