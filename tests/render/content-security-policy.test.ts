import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy, searchPagePolicy } from '../../src/render/content-security-policy.ts';
import { directives, expectedPolicy, expectedSearchPagePolicy } from '../helpers/expected-policy.ts';

describe('the Content-Security-Policy', () => {
  for (const [name, value] of Object.entries(expectedPolicy)) {
    it(`gives every page ${name} ${value}`, () => {
      assert.equal(directives(contentSecurityPolicy)[name], value);
    });
  }

  it('gives every page no directive beyond those', () => {
    assert.deepEqual(Object.keys(directives(contentSecurityPolicy)).sort(), Object.keys(expectedPolicy).sort());
  });

  for (const [name, value] of Object.entries(expectedSearchPagePolicy)) {
    it(`gives the search page ${name} ${value}`, () => {
      assert.equal(directives(searchPagePolicy)[name], value);
    });
  }

  it('gives the search page no directive beyond those', () => {
    assert.deepEqual(Object.keys(directives(searchPagePolicy)).sort(), Object.keys(expectedSearchPagePolicy).sort());
  });
});
