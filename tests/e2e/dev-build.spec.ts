// `npm run dev` and the build serve the same slides: the renderer writes every byte of them in both.
import { expect, test } from '@playwright/test';
import { useDevServer } from './dev-server.ts';

const dev = useDevServer();

/** The page's slides, without the speaker notes (dev shows them, a public build leaves them out). */
function slidesOf(html: string): string {
  const start = html.indexOf('<section');
  const end = html.lastIndexOf('</section>');
  expect(start, 'the page has its slides').toBeGreaterThan(-1);
  return html.slice(start, end).replace(/\n<aside class="notes">[\s\S]*?<\/aside>/g, '');
}

test('npm run dev serves the same slides as the build, byte for byte', async ({ request }) => {
  const built = slidesOf(await (await request.get('./')).text());
  const served = slidesOf(await (await request.get(dev.url)).text());
  expect(served).toMatch(/<section id="den-regionala-digitaliseringen" class="layout-title present"[^>]*><span id="\/den-regionala-digitaliseringen" hidden><\/span>/);
  expect(served).toBe(built);
});
