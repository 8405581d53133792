// public/ is published as it is: only regular files inside the project, and SVGs that only draw.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { formatDeckErrors } from '../../src/deck/index.ts';
import { checkPublicFolder } from '../../src/vite/public-folder.ts';
import { checkSvg } from '../../src/vite/svg-check.ts';

const SVG = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>\n${inner}\n</svg>\n`;

describe('an SVG in public/', () => {
  test.each([
    ['a script', SVG('<script>alert(document.domain)</script>'), 2],
    ['a script behind a namespace prefix', SVG('<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>'), 2],
    ['an XHTML script', SVG('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'), 2],
    ['an event handler', SVG('<rect width="10" height="10" onclick="alert(1)"/>'), 2],
    ['an onload on the root', SVG('<rect/>', ' onload="alert(1)"'), 1],
    ['a javascript: link', SVG('<a href="javascript:alert(1)"><text>x</text></a>'), 2],
    ['an xlink:href to javascript:', SVG('<a xlink:href="javascript:alert(1)"><text>x</text></a>'), 2],
    ['HTML inside', SVG('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), 2],
    ['an iframe', SVG('<iframe xmlns="http://www.w3.org/1999/xhtml" src="https://example.com"/>'), 2],
    ['a picture from another host', SVG('<image href="https://example.com/spår.png" width="10" height="10"/>'), 2],
    ['a use of another file', SVG('<use href="annan.svg#x"/>'), 2],
    ['an animation that sets a handler', SVG('<set attributeName="onmouseover" to="alert(1)"/>'), 2],
    ['an animation that sets a link', SVG('<a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a>'), 2],
    ['a style sheet that imports', SVG('<style>@import url(https://example.com/a.css);</style>'), 2],
    ['a style attribute that fetches', SVG('<rect style="fill: url(https://example.com/x.svg#g)"/>'), 2],
    ['entities of its own', `<!DOCTYPE svg [<!ENTITY s "<script>alert(1)</script>">]>\n${SVG('&s;')}`, 1],
    ['a style sheet instruction', `<?xml-stylesheet href="https://example.com/a.xsl" type="text/xsl"?>\n${SVG('<rect/>')}`, 1],
    ['markup that is not well-formed', SVG('<rect></g>'), 2],
  ])('with %s is refused at its line', (_, text, line) => {
    const error = checkSvg(text, 'public/images/bild.svg');
    expect(error?.code).toBe('unsafe-picture');
    expect(error?.at.line).toBe(line);
  });

  test('that only draws passes: shapes, text, gradients, inlined pictures, links to its own parts and to web pages', () => {
    const drawing = SVG(
      [
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><style>.a { fill: url(#g); }</style></defs>',
        '<rect class="a" width="10" height="10" style="fill: url(#g)"/><use href="#g" xlink:href="#g"/>',
        '<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/><a href="https://example.se"><text>Läs mer</text></a>',
        '<sodipodi:namedview xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"/><metadata>Ritad för talet</metadata>',
      ].join('\n'),
    );
    expect(checkSvg(`<?xml version="1.0" encoding="UTF-8"?>\n${drawing}`, 'bild.svg')).toBeNull();
  });
});

describe('the public folder', () => {
  let root: string;
  const publicDir = () => join(root, 'public');
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'deck-public-'));
    mkdirSync(join(publicDir(), 'images'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('reports links leading out, FIFOs, devices, oversized files and scripted SVGs with their paths', () => {
    symlinkSync('/etc/passwd', join(publicDir(), 'images/passwd.svg'));
    symlinkSync('/dev/zero', join(publicDir(), 'noll.png'));
    expect(spawnSync('mkfifo', [join(publicDir(), 'images/ror.jpg')]).status).toBe(0);
    writeFileSync(join(publicDir(), 'images/stor.png'), Buffer.alloc(26 * 1024 * 1024));
    writeFileSync(join(publicDir(), 'images/skript.svg'), SVG('<script>alert(1)</script>'));
    writeFileSync(join(publicDir(), 'images/ok.svg'), SVG('<rect width="1" height="1"/>'));
    writeFileSync(join(root, 'delad.svg'), SVG('<circle r="1"/>'));
    symlinkSync(join(root, 'delad.svg'), join(publicDir(), 'images/delad.svg'));
    const { errors, sources } = checkPublicFolder(publicDir(), root);
    expect(errors.map((error) => `${error.code} ${error.location}`)).toEqual([
      'not-a-file public/images/passwd.svg:1:1',
      'not-a-file public/images/ror.jpg:1:1',
      'unsafe-picture public/images/skript.svg:2:1',
      'file-too-large public/images/stor.png:1:1',
      'not-a-file public/noll.png:1:1',
    ]);
    const printed = formatDeckErrors({ errors, sources });
    expect(printed).toContain('> 2 | <script>alert(1)</script>');
    expect(printed).not.toContain('root:');
  });
});
