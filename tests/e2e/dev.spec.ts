// Journeys in dev (`npm run dev`), all on one dev server: it serves the slides as the build does;
// the author edits a slide or its chart data live and breaks files to see the errors; the speaker
// runs through the talk with no network. Then, on a dev server of its own, `npm run dev` started
// while a slide is broken. (A broken slide failing the build: build.spec.ts.)
import { expect } from '@playwright/test';
import { readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDeck, saveScreenshot, settle } from './deck.ts';
import { useDevServer } from './dev-server.ts';
import { otherHosts, recordRequests } from './page-watch.ts';
import { openPresenterFrom, slideIds, walkDeck } from './presenter.ts';
import { copySlides, copySlidesWithNote, NOTED_SLIDE, TEST_NOTE } from './slides-copy.ts';
import { test } from './site-variants.ts';

/** The page's slides, without the speaker notes (dev shows them, a public build leaves them out). */
function slidesOf(html: string): string {
  const start = html.indexOf('<section');
  const end = html.lastIndexOf('</section>');
  expect(start, 'the page has its slides').toBeGreaterThan(-1);
  return html.slice(start, end).replace(/\n<aside class="notes">[\s\S]*?<\/aside>/g, '');
}

test.describe('dev', () => {
  // A copy of the talk with a speaker note, for the run-through; the author's edits put each file back.
  const dev = useDevServer(copySlidesWithNote);

  // The renderer writes every byte of the slides in both; the copy's note is left out like all notes.
  test('npm run dev serves the same slides as the build, byte for byte', async ({ request }) => {
    const built = slidesOf(await (await request.get('./')).text());
    const served = slidesOf(await (await request.get(dev.url)).text());
    expect(served).toMatch(/<section id="den-regionala-digitaliseringen" class="layout-title present"[^>]*><span id="\/den-regionala-digitaliseringen" hidden><\/span>/);
    expect(served).toBe(built);
  });

  test('saving a slide shows the change on the same slide, and a mistake shows the overlay until fixed', async ({ page }) => {
    await page.goto(`${dev.url}#/ledarskap-fran-hogsta-ort`);
    await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
    const file = join(dev.slidesDir, '03-hur-lyckas-vi.md');
    const original = readFileSync(file, 'utf8');

    // A mark on the page tells whether the change came in place (src/client/live/live-slides.ts) or by a reload.
    await page.evaluate(() => Object.assign(window, { beforeEdit: true }));
    writeFileSync(file, original.replace('Ledarskap från högsta ort', 'Ledarskap från högsta ort – nu'));
    // No time limit of its own: how fast a change shows is for a benchmark, not a test (it
    // took 0.5–1.4 s on a busy 2-core machine, and failed a 1 s limit with other tests running).
    await expect(page.locator('section.present h2')).toHaveText('Ledarskap från högsta ort – nu');
    await expect(page).toHaveURL(/#\/ledarskap-fran-hogsta-ort-nu$/);
    expect(await page.evaluate(() => 'beforeEdit' in window)).toBe(true);

    writeFileSync(file, original.replace('layout: statement', 'layout: statment'));
    const overlay = page.locator('vite-error-overlay');
    await expect(overlay).toBeAttached();
    await expect(overlay).toContainText('03-hur-lyckas-vi.md:13:9');
    await expect(overlay).toContainText('did you mean "statement"?');

    writeFileSync(file, original);
    await expect(overlay).not.toBeAttached();
    await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
    await expect(page.locator('section.present h2')).toHaveText('Ledarskap från högsta ort');
  });

  // Whatever breaks a file, the overlay names it, the server keeps running, and fixing the file brings the deck back.
  test('each kind of broken file shows its error in the overlay, and the deck comes back after it', async ({ page }) => {
    await page.goto(dev.url);
    await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
    const file = join(dev.slidesDir, '03-hur-lyckas-vi.md');
    const good = readFileSync(file);
    const breakages: [string, () => void, string][] = [
      ['saved as Latin-1', () => writeFileSync(file, Buffer.from(good.toString('utf8'), 'latin1')), 'error[invalid-utf8]'],
      ['a NUL left by a broken save', () => writeFileSync(file, `${good}\0`), 'error[control-character]'],
      ['frontmatter never closed', () => writeFileSync(file, `${good}\n---\nlayout: statement\n\nText\n`), 'error[unclosed-frontmatter]'],
      ['a YAML alias', () => writeFileSync(file, good.toString('utf8').replace('layout: statement', 'layout: *x')), 'error[bad-yaml]'],
      ['replaced by a broken link', () => (unlinkSync(file), symlinkSync(join(dev.slidesDir, 'borta.md'), file)), 'error[not-a-file]'],
      ['a list nested 30 deep', () => writeFileSync(file, `${good}\n---\n\n# Djup\n\n${Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- ${i}`).join('\n')}\n`), 'error[too-deep]'],
    ];
    const overlay = page.locator('vite-error-overlay');
    for (const [name, breakIt, code] of breakages) {
      await test.step(name, async () => {
        breakIt();
        await expect(overlay).toContainText(code);
        await expect(overlay).toContainText('03-hur-lyckas-vi.md');
        unlinkSync(file);
        writeFileSync(file, good);
        await expect(overlay).not.toBeAttached();
        await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
        await expect(page.locator('.reveal .slides > section')).toHaveCount(26);
      });
    }
  });

  // Shares the live-edit dev server: one more dev server would only add load to a busy machine.
  test('correcting a figure in the data file redraws its chart, and a rank beyond the count shows the data file line', async ({ page }) => {
    await page.goto(`${dev.url}#/oversikt-over-sveriges-placeringar-2012-2016`);
    await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
    const webIndex = page.locator('section.present .index-overview__card', { hasText: 'The Web Index' }).locator('svg .rank-chart__label');
    await expect(webIndex).toHaveText(['1/61', '1/81', '5/86']);
    const file = join(dev.slidesDir, 'data', 'placeringar.yaml');
    const original = readFileSync(file, 'utf8');
    const entry = '- index: The Web Index\n  year: 2014\n  rank: 5\n';
    const rankLine = original.slice(0, original.indexOf(entry)).split('\n').length + 2;

    writeFileSync(file, original.replace(entry, entry.replace('rank: 5', 'rank: 6')));
    await expect(webIndex).toHaveText(['1/61', '1/81', '6/86']);

    writeFileSync(file, original.replace(entry, entry.replace('rank: 5', 'rank: 96')));
    const overlay = page.locator('vite-error-overlay');
    await expect(overlay).toBeAttached();
    await expect(overlay).toContainText(`data/placeringar.yaml:${rankLine}:9`);
    await expect(overlay).toContainText('error[rank-out-of-range]  Rank 96 is larger than the 86 countries ranked');

    writeFileSync(file, original);
    await expect(overlay).not.toBeAttached();
    await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
    await expect(webIndex).toHaveText(['1/61', '1/81', '5/86']);
  });

  // The talk given with no network: audience and presenter windows together ask no host but the page's own.
  test('a full run-through asks no other host, and the presenter view shows the notes', async ({ page }) => {
    const requests = recordRequests(page);
    await openDeck(page, dev.url);
    const presenter = await openPresenterFrom(page);
    const position = presenter.locator('.presenter__position');
    await walkDeck(page, async (index) => {
      await expect(position).toHaveText(`Bild ${index + 1} / 26`);
    });
    expect(requests.some((request) => request.includes('/images/sverige-ligger-efter.svg'))).toBe(true);
    expect(otherHosts(requests, dev.url)).toEqual([]);

    const ids = await slideIds(page);
    await presenter.keyboard.press('g');
    await presenter.keyboard.type(String(ids.indexOf(NOTED_SLIDE) + 1));
    await presenter.keyboard.press('Enter');
    await expect(page.locator(`section#${NOTED_SLIDE}`)).toHaveClass(/present/);
    await expect(presenter.locator('.presenter__notes-text')).toHaveText(TEST_NOTE);
    await settle(presenter);
    await saveScreenshot(presenter, 'presenter-notes');
  });
});

// Its own dev server, after the one above has stopped: this one must start with the slide broken.
test.describe('npm run dev started while a slide is broken', () => {
  const BROKEN = ['layout: statement', 'layout: statment'] as const;
  const dev = useDevServer(() => {
    const dir = copySlides();
    const file = join(dir, '03-hur-lyckas-vi.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(...BROKEN));
    return dir;
  });

  // The page itself is served with the error, so only a reload takes the overlay away: fixing the
  // slide must bring one (the page has no deck yet to take the new slides in place).
  test('the page shows the mistake, and the deck as soon as the slide is fixed', async ({ page }) => {
    await page.goto(`${dev.url}#/ledarskap-fran-hogsta-ort`);
    const overlay = page.locator('vite-error-overlay');
    await expect(overlay).toContainText('03-hur-lyckas-vi.md:13:9');
    await expect(overlay).toContainText('did you mean "statement"?');

    const file = join(dev.slidesDir, '03-hur-lyckas-vi.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(BROKEN[1], BROKEN[0]));
    await expect(overlay).not.toBeAttached();
    await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
    await expect(page.locator('.reveal .slides > section')).toHaveCount(26);
    await expect(page.locator('section.present h2')).toHaveText('Ledarskap från högsta ort');
  });
});
