import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFDict, PDFName } from 'pdf-lib';
import { mapStructureTypes } from '../../../src/build/pdf-ua/role-map.ts';
import { allNodes, pdfJsFromBytes, tagTree } from '../../helpers/built-pdfs.ts';
import { loadRawPrint } from '../../helpers/raw-print.ts';

describe('mapping PDF 2.0 structure types to PDF 1.7 ones', () => {
  it('maps Strong, Em and Aside, which Chromium writes, and keeps the types themselves', async () => {
    const document = await loadRawPrint();
    const types = new Set(allNodes(tagTree(document)).map((node) => node.type));
    for (const type of ['Strong', 'Em', 'Aside']) assert.ok(types.has(type), `Chromium wrote ${type}`);
    assert.deepEqual(mapStructureTypes(document), ['Aside', 'Em', 'Strong']);
    const roleMap = document.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).lookup(PDFName.of('RoleMap'), PDFDict);
    assert.deepEqual(
      ['Strong', 'Em', 'Aside'].map((type) => roleMap.lookup(PDFName.of(type), PDFName).decodeText()),
      ['Span', 'Span', 'Sect'],
    );
    assert.deepEqual(new Set(allNodes(tagTree(document)).map((node) => node.type)), types);
  });

  it('lets a reader that follows the role map find the aside and its emphasis', async () => {
    const document = await loadRawPrint();
    mapStructureTypes(document);
    const page = await (await pdfJsFromBytes(await document.save())).getPage(1);
    const roles = JSON.stringify(await page.getStructTree());
    assert.doesNotMatch(roles, /"role":"(Aside|Strong|Em)"/);
    assert.match(roles, /"role":"Sect"/);
  });

  it('does nothing the second time', async () => {
    const document = await loadRawPrint();
    mapStructureTypes(document);
    assert.deepEqual(mapStructureTypes(document), []);
  });
});
