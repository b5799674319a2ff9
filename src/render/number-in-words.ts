const ones = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const scales: [number, string][] = [
  [1_000_000_000, 'billion'],
  [1_000_000, 'million'],
  [1_000, 'thousand'],
];

function underThousand(value: number): string {
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  const parts: string[] = [];
  if (hundreds) parts.push(`${ones[hundreds]} hundred`);
  if (rest) {
    const words = rest < 20 ? ones[rest] : `${tens[Math.floor(rest / 10)]}${rest % 10 ? `-${ones[rest % 10]}` : ''}`;
    // British usage: "three hundred and eighty".
    parts.push(hundreds ? `and ${words}` : words);
  }
  return parts.join(' ');
}

/**
 * A number in British English words, for screen readers and young readers:
 * 4380 → "four thousand, three hundred and eighty"; 73.5 → "seventy-three point five".
 */
export function numberInWords(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} in words.`);
  if (value < 0) return `minus ${numberInWords(-value)}`;
  const [whole, fraction] = String(value).split('.');
  let remaining = Number(whole);
  if (remaining === 0 && !fraction) return 'zero';
  const groups: string[] = [];
  for (const [size, name] of scales) {
    if (remaining >= size) {
      groups.push(`${underThousand(Math.floor(remaining / size))} ${name}`);
      remaining %= size;
    }
  }
  if (remaining) groups.push(remaining < 100 && groups.length ? `and ${underThousand(remaining)}` : underThousand(remaining));
  const wholeWords = groups.length ? groups.join(', ').replace(/, and /, ' and ') : 'zero';
  return fraction ? `${wholeWords} point ${[...fraction].map((digit) => ones[Number(digit)]).join(' ')}` : wholeWords;
}
