/**
 * The site's Content-Security-Policy. Pages need no script at all, so none is
 * allowed, inline or otherwise; styles, fonts and pictures come only from the
 * site itself, so even content that slipped past the sanitiser could neither
 * run code nor fetch anything from another site.
 */
const strict: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'none'",
  'style-src': "'self'",
  'img-src': "'self'",
  'font-src': "'self'",
  // With no script, nothing on a page can fetch; 'self' only lets auditing tools such as
  // Lighthouse read /robots.txt from inside the page, which 'none' makes them report as broken.
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};
const written = (directives: Record<string, string>) => Object.entries(directives).map(([name, value]) => `${name} ${value}`).join('; ');

export const contentSecurityPolicy = written(strict);

/**
 * The search page alone runs script, as progressive enhancement: its own file
 * (/search.js) and Pagefind's, which fetches the index from the site and runs
 * WebAssembly. Still nothing inline and nothing from another site; its form
 * submits to the page itself, so it works without script too.
 */
export const searchPagePolicy = written({ ...strict, 'script-src': "'self' 'wasm-unsafe-eval'", 'form-action': "'self'" });
