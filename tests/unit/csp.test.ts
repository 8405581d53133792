// The Content Security Policy: what it allows, and that the README gives hosts the same policy.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { inlineParts } from '../../src/build/csp-speaker-view.ts';
import { cspDirectives, hashSource, headerPolicy, printViewStyleSheets } from '../../src/build/csp.ts';
import { ERROR_CODES } from '../../src/deck/errors.ts';

const readme = readFileSync('README.md', 'utf8');

describe('the policy', () => {
  test('allows only its own origin, and inline code only by hash', () => {
    expect(cspDirectives['default-src']).toEqual(["'self'"]);
    expect(cspDirectives['object-src']).toEqual(["'none'"]);
    for (const source of [...cspDirectives['script-src'], ...cspDirectives['style-src']]) {
      expect(source).toMatch(/^'self'$|^'unsafe-hashes'$|^'sha256-[\w+/]+=*'$/);
    }
  });

  test("allows reveal's print view sheets for our slide size", () => {
    const [page] = printViewStyleSheets();
    expect(page).toBe('@page{size:1331px 748px; margin: 0px;}');
    expect(cspDirectives['style-src']).toContain(hashSource(page));
  });

  test("reads the speaker view's inline parts", () => {
    expect(inlineParts('<style>a{}</style><p style="x">1</p><script>go()</script><p style="x">')).toEqual({ scripts: ['go()'], styles: ['a{}'], styleAttributes: ['x'] });
    expect(cspDirectives['script-src']).toHaveLength(2);
  });
});

describe('the README', () => {
  test('gives hosts the header policy exactly as the build writes it', () => {
    expect(readme).toContain(`Content-Security-Policy: ${headerPolicy}\n`);
  });

  test('lists every error code', () => {
    for (const code of ERROR_CODES) expect(readme).toContain(`\`${code}\``);
  });
});
