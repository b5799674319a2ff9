import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { graphicsObjects, isMarked, parseContentStream } from '../../../src/build/pdf-ua/content-stream.ts';

const parse = (text: string) => parseContentStream(new TextEncoder().encode(text));

describe('reading a content stream', () => {
  it('finds each operator with the byte range of its operands', () => {
    const text = '1 0 0 1 20 30 cm BT /F1 12 Tf (Hello) Tj ET';
    const operations = parse(text);
    assert.deepEqual(operations.map((operation) => operation.operator), ['cm', 'BT', 'Tf', 'Tj', 'ET']);
    assert.equal(text.slice(operations[3].start, operations[3].end), '(Hello) Tj');
  });

  it('is not fooled by operators, brackets and escapes inside strings', () => {
    const operations = parse('BT (a \\) Tj (nested (b) ET) c) Tj <48 65> Tj [(x) 120 (y)] TJ ET');
    assert.deepEqual(operations.map((operation) => operation.operator), ['BT', 'Tj', 'Tj', 'TJ', 'ET']);
  });

  it('keeps the tag and properties of a marked-content sequence', () => {
    const [bdc] = parse('/P <</MCID 3 >>BDC (x) Tj EMC');
    assert.equal(bdc.operator, 'BDC');
    assert.match(bdc.operands, /^\/P <<\/MCID 3 >>$/);
  });

  it('skips an inline image’s data, whatever bytes it holds', () => {
    const operations = parse('q BI /W 1 /H 1 /BPC 8 /CS /G ID \x00Tj ET EI Q');
    assert.deepEqual(operations.map((operation) => operation.operator), ['q', 'BI', 'ID', 'EI', 'Q']);
  });
});

describe('grouping operations into graphics objects', () => {
  it('makes one object of each text object, path and XObject, and says which paint', () => {
    const objects = graphicsObjects(parse('0 0 5 5 re W n 0 0 10 10 re f BT (a) Tj ET /Im1 Do'));
    assert.deepEqual(objects.map(({ first, last, paints }) => [first, last, paints]), [[0, 2, false], [3, 4, true], [5, 7, true], [8, 8, true]]);
  });

  it('knows which objects lie in tagged content or an artifact, and which in neither', () => {
    const objects = graphicsObjects(parse('/P <</MCID 0 >>BDC BT (a) Tj ET EMC /Artifact BMC 0 0 1 1 re f EMC /Span BMC BT (b) Tj ET EMC BT (c) Tj ET'));
    assert.deepEqual(objects.map(isMarked), [true, true, false, false]);
  });
});
