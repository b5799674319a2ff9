/**
 * How a reader sees a figure: "25,621", "39%", "73.5 per 10,000", "£420,603".
 * Written here on its own, not taken from src/render/format.ts, so that a
 * change in how the site rounds or writes numbers fails the page and PDF
 * tests that look for each figure, as well as format.test.ts.
 */
export function asPrinted(value: number, unit: string): string {
  const places = unit === 'money' ? 0 : unit === 'count' ? 2 : 1;
  // toFixed rounds the number exactly as stored, to the nearest; then trailing zeros go and thousands are grouped.
  const [whole, fraction = ''] = value.toFixed(places).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction.replace(/0+$/, '');
  const number = trimmed ? `${grouped}.${trimmed}` : grouped;
  switch (unit) {
    case 'percentage':
      return `${number}%`;
    case 'rate-per-10000':
      return `${number} per 10,000`;
    case 'rate-per-100000':
      return `${number} per 100,000`;
    case 'money':
      return `£${number}`;
    default:
      return number;
  }
}
