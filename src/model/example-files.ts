/**
 * The worked example in examples/ (an invented partnership, one year) has a
 * filled-in file for every file a project can hold; the tests keep it so.
 * New files and error messages point to the matching one, so the business
 * team always sees a real file rather than a description of one.
 */
export const exampleRoot = 'examples';
export const exampleYear = '2030-31';

/** The example of a project file: data/2025-26/audits.yaml → examples/data/2030-31/audits.yaml. */
export function examplePath(path: string): string {
  return `${exampleRoot}/${path.replace(/^(data|content)\/\d{4}-\d{2}\//, `$1/${exampleYear}/`)}`;
}
