/**
 * The Content-Security-Policy every page must state, written out by hand
 * rather than imported from the code, so dropping or loosening any directive
 * there fails the tests that compare against it.
 */
export const expectedPolicy: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'none'",
  'style-src': "'self'",
  'img-src': "'self'",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

/** The search page alone runs its own script and Pagefind's WebAssembly, and its form submits to itself. */
export const expectedSearchPagePolicy: Record<string, string> = {
  ...expectedPolicy,
  'script-src': "'self' 'wasm-unsafe-eval'",
  'form-action': "'self'",
};

/** A policy's directives by name; a directive given twice is kept twice, so it shows as a difference. */
export function directives(policy: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const part of policy.split(';').map((text) => text.trim()).filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    found[name in found ? `${name} (again)` : name] = values.join(' ');
  }
  return found;
}
