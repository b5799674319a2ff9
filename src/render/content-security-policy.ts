/**
 * The site's Content-Security-Policy. Pages need no script at all, so none is
 * allowed, inline or otherwise; styles, fonts and pictures come only from the
 * site itself, so even content that slipped past the sanitiser could neither
 * run code nor fetch anything from another site.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
