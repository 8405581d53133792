// The Content Security Policies: what they allow, and that the docs give hosts the site's policy.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cspDirectives, hashSource, headerPolicy, printViewStyleSheets, siteDirectives } from '../../src/vite/csp.ts';
import { inlineCode, singleFileDirectives } from '../../src/vite/csp-single-file.ts';
import { ERROR_CODES } from '../../src/deck/index.ts';

const securityDoc = readFileSync('docs/security.md', 'utf8');
const errorsDoc = readFileSync('docs/errors.md', 'utf8');
const HASH = /^'sha256-[\w+/]+=*'$/;

describe("the site's policy", () => {
  test('allows only its own origin, and inline styles only by hash', () => {
    expect(cspDirectives['default-src']).toEqual(["'self'"]);
    expect(cspDirectives['script-src']).toEqual(["'self'"]);
    expect(cspDirectives['object-src']).toEqual(["'none'"]);
    for (const source of cspDirectives['style-src'].slice(1)) expect(source).toMatch(HASH);
  });

  test("allows reveal's print view sheets for the wide slides and the phone's tall ones, pages without margin", () => {
    expect(printViewStyleSheets()).toEqual([
      '@page{size:1280px 720px; margin: 0px;}',
      '.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: 1280px; max-height:720px}',
    ]);
    for (const sheet of [...printViewStyleSheets(), ...printViewStyleSheets(720, 1080)]) expect(cspDirectives['style-src']).toContain(hashSource(sheet));
    expect(cspDirectives['style-src']).toHaveLength(5);
  });

  test("adds the page's own inline styles and scripts by hash, each once", () => {
    const directives = siteDirectives({ styles: ['a{}', 'a{}'], scripts: ['go()'] });
    expect(directives['style-src']).toEqual([...cspDirectives['style-src'], hashSource('a{}')]);
    expect(directives['script-src']).toEqual(["'self'", hashSource('go()')]);
    expect(siteDirectives({ styles: [], scripts: [] })).toEqual(cspDirectives);
  });
});

describe("the one file's policy", () => {
  const page = `<head><script type="module">go()</script><script type="application/ld+json">{}</script>
    <noscript><style>a{}</style></noscript></head><body><style>b{}\r\n</style><script src="x.js"></script></body>`;

  test("reads the page's inline code as the browser hashes it, <noscript> included, data blocks left out", () => {
    expect(inlineCode(page)).toEqual({ scripts: ['go()'], styles: ['a{}', 'b{}\n'] });
  });

  test('allows nothing but that code by hash, and data: pictures and fonts', () => {
    const directives = singleFileDirectives(inlineCode(page));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual([hashSource('go()')]);
    expect(directives['style-src']).toEqual(expect.arrayContaining([hashSource('a{}'), hashSource('b{}\n'), hashSource(printViewStyleSheets()[0])]));
    for (const source of directives['style-src']) expect(source).toMatch(HASH);
    expect(directives['img-src']).toEqual(['data:']);
    expect(directives['font-src']).toEqual(['data:']);
  });
});

describe('the docs', () => {
  test("gives hosts the header policy as the build writes it, the page's own hashes left out", () => {
    const policy = headerPolicy(siteDirectives({ styles: [], scripts: [] }))
      .replace("script-src 'self'", "script-src 'self' 'sha256-…'")
      .replace("'; img-src", "' 'sha256-…'; img-src");
    expect(securityDoc).toContain(`Content-Security-Policy: ${policy}\n`);
  });

  test('lists every error code', () => {
    for (const code of ERROR_CODES) expect(errorsDoc).toContain(`\`${code}\``);
  });
});
