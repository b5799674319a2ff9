import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy, searchPagePolicy } from '../../src/render/content-security-policy.ts';

const directives = (policy: string) => Object.fromEntries(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]));

// The policies written out by hand: dropping or loosening any directive in the code fails here.
describe('the Content-Security-Policy', () => {
  it('gives every page no script, nothing from another site, no plugins, no base change and no form posting', () => {
    assert.deepEqual(directives(contentSecurityPolicy), {
      'default-src': "'none'",
      'script-src': "'none'",
      'style-src': "'self'",
      'img-src': "'self'",
      'font-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
    });
  });

  it('lets the search page alone run its own script and WebAssembly, and submit to itself', () => {
    assert.deepEqual(directives(searchPagePolicy), {
      'default-src': "'none'",
      'script-src': "'self' 'wasm-unsafe-eval'",
      'style-src': "'self'",
      'img-src': "'self'",
      'font-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'self'",
    });
  });
});
