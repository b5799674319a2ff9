/**
 * Reads a page's content stream into its operations, keeping each one's byte
 * range so repairs can insert marked-content operators between them without
 * rewriting (and risking) anything else. PDF 32000-1, 7.8.2 and 7.2.
 */
export interface Operation {
  operator: string;
  /** Where the operation's first operand (or the operator itself) starts. */
  start: number;
  /** Just after the operator. */
  end: number;
  /** The operands' source text, for the few operators whose operands matter here (BDC). */
  operands: string;
}

// Byte classes as a table: a long report's streams hold millions of bytes.
const white = 1;
const delimiter = 2;
const classes = new Uint8Array(256);
for (const byte of [0x20, 0x0a, 0x0d, 0x09, 0x0c, 0x00]) classes[byte] = white;
for (const char of '()<>[]{}/%') classes[char.charCodeAt(0)] = delimiter;
const isWhite = (byte: number) => classes[byte] === white;
const isRegular = (byte: number) => classes[byte] === 0;

export function parseContentStream(bytes: Uint8Array): Operation[] {
  const operations: Operation[] = [];
  let at = 0;
  let operandsStart = -1;
  const skipString = () => {
    let depth = 0;
    for (; at < bytes.length; at++) {
      const byte = bytes[at];
      if (byte === 0x5c) at++;
      else if (byte === 0x28) depth++;
      else if (byte === 0x29 && --depth === 0) {
        at++;
        return;
      }
    }
  };
  while (at < bytes.length) {
    const byte = bytes[at];
    if (isWhite(byte)) {
      at++;
      continue;
    }
    if (byte === 0x25) {
      while (at < bytes.length && bytes[at] !== 0x0a && bytes[at] !== 0x0d) at++;
      continue;
    }
    if (operandsStart < 0) operandsStart = at;
    if (byte === 0x28) skipString();
    else if (byte === 0x3c && bytes[at + 1] === 0x3c) at += 2;
    else if (byte === 0x3e && bytes[at + 1] === 0x3e) at += 2;
    else if (byte === 0x3c) {
      while (at < bytes.length && bytes[at] !== 0x3e) at++;
      at++;
    } else if (byte === 0x5b || byte === 0x5d || byte === 0x7b || byte === 0x7d) at++;
    else if (byte === 0x2f) {
      at++;
      while (at < bytes.length && isRegular(bytes[at])) at++;
    } else {
      const from = at;
      while (at < bytes.length && isRegular(bytes[at])) at++;
      if (at === from) throw new Error(`Unexpected byte ${byte} at ${at} in a content stream.`);
      // Numbers are most of a stream: they start with a digit, a sign or a point.
      if ((byte >= 0x30 && byte <= 0x39) || byte === 0x2b || byte === 0x2d || byte === 0x2e) continue;
      let word = '';
      for (let index = from; index < at; index++) word += String.fromCharCode(bytes[index]);
      if (word === 'true' || word === 'false' || word === 'null') continue;
      const operands = word === 'BDC' || word === 'BMC' ? new TextDecoder('latin1').decode(bytes.subarray(operandsStart, from)) : '';
      operations.push({ operator: word, start: operandsStart, end: at, operands });
      operandsStart = -1;
      if (word === 'ID') {
        // Inline image data runs to the first "EI" standing alone.
        at++;
        while (at < bytes.length && !(bytes[at] === 0x45 && bytes[at + 1] === 0x49 && isWhite(bytes[at - 1]) && (at + 2 >= bytes.length || isWhite(bytes[at + 2])))) at++;
      }
    }
  }
  return operations;
}

/** Operators that put marks on the page (PDF 32000-1, tables 51, 59, 87, 92). */
export const paintingOperators = new Set(['Tj', 'TJ', "'", '"', 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'Do', 'sh', 'EI']);
const pathConstruction = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const pathEnd = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);

/** A graphics object: a text object, a path, an XObject, a shading or an inline image. */
export interface GraphicsObject {
  /** Index of its first and last operation. */
  first: number;
  last: number;
  paints: boolean;
  /** The marked-content sequences it lies in, outermost first: their tags and operands. */
  markedContent: { tag: string; operands: string }[];
  /** True when marked content begins or ends inside it (only possible in a text object). */
  hasMarkedContentInside: boolean;
}

/** Groups a content stream's operations into graphics objects, each with the marked content around it. */
export function graphicsObjects(operations: readonly Operation[]): GraphicsObject[] {
  const objects: GraphicsObject[] = [];
  const marked: { tag: string; operands: string }[] = [];
  let current: GraphicsObject | undefined;
  const open = (index: number) => {
    current = { first: index, last: index, paints: false, markedContent: [...marked], hasMarkedContentInside: false };
  };
  const close = (index: number) => {
    current!.last = index;
    objects.push(current!);
    current = undefined;
  };
  operations.forEach(({ operator, operands }, index) => {
    if (operator === 'BDC' || operator === 'BMC') {
      if (current) current.hasMarkedContentInside = true;
      marked.push({ tag: operands.trim().split(/[\s<]/)[0], operands });
      return;
    }
    if (operator === 'EMC') {
      if (current) current.hasMarkedContentInside = true;
      marked.pop();
      return;
    }
    if (operator === 'BT') return open(index);
    if (operator === 'ET') return current ? close(index) : undefined;
    if (current && operations[current.first].operator === 'BT') {
      if (paintingOperators.has(operator)) current.paints = true;
      return;
    }
    if (pathConstruction.has(operator)) {
      if (!current) open(index);
      return;
    }
    if (pathEnd.has(operator) && current) {
      current.paints = operator !== 'n';
      return close(index);
    }
    if (operator === 'Do' || operator === 'sh' || operator === 'BI') {
      open(index);
      current!.paints = true;
      if (operator !== 'BI') close(index);
      return;
    }
    if (operator === 'EI' && current) close(index);
  });
  return objects;
}

/** True when marked content around an object makes it real content (an MCID) or an artifact. */
export function isMarked(object: Pick<GraphicsObject, 'markedContent'>): boolean {
  return object.markedContent.some(({ tag, operands }) => tag === '/Artifact' || /\/MCID\s+\d/.test(operands));
}
