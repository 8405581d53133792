// Links that leave the deck get no handle on it: rel="noopener noreferrer" on every external link.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { buildFixtureDeck, sectionsOf } from './fixture-deck.ts';

type Node = DefaultTreeAdapterMap['node'];

/** Every link of some HTML as [href, rel]. */
function links(html: string): [string, string | undefined][] {
  const found: [string, string | undefined][] = [];
  const visit = (node: Node) => {
    if ('tagName' in node && node.tagName === 'a') {
      const attribute = (name: string) => node.attrs.find((attr) => attr.name === name)?.value;
      found.push([attribute('href') ?? '', attribute('rel')]);
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parseFragment(html) as unknown as Node);
  return found;
}

const SLIDES = {
  'a Markdown link': '# Länkar\n\nLäs mer på [Reglab](https://www.reglab.se) och [här](http://example.se/a?b=c).\n',
  'an autolink': '# Länkar\n\n<https://www.reglab.se>\n',
  'a reference link': '# Länkar\n\nSe [Reglab][r].\n\n[r]: HTTPS://www.reglab.se\n',
  'a link in a list and a heading': '# [Reglab](https://www.reglab.se)\n\n- [Vinnova](https://www.vinnova.se)\n',
  'the contact card': '---\nlayout: contact\nemail: a@example.se\nphone: 0707 549458\nlinkedin: Martin\nlinkedinUrl: https://www.linkedin.com/in/exempel\n---\n\n# Hör av dig\n',
  'an agenda item': '---\nlayout: agenda\n---\n\n# Agenda\n\n1. [Reglab](https://www.reglab.se)\n',
};

describe('external links', () => {
  test.each(Object.entries(SLIDES))('%s gets rel="noopener noreferrer"', (_name, text) => {
    const deck = buildFixtureDeck([{ path: 'slide.md', text }]);
    expect(deck.errors).toEqual([]);
    const all = links(sectionsOf(deck));
    const external = all.filter(([href]) => /^https?:/i.test(href));
    expect(external.length).toBeGreaterThan(0);
    for (const [href, rel] of external) expect(rel?.split(' ').sort(), href).toEqual(['noopener', 'noreferrer']);
  });
});
