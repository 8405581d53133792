// Journeys of the author: edit a slide or its chart data live in dev, break one, and see the build refuse it.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useDevServer } from './dev-server.ts';
import { copySlides } from './slides-copy.ts';

test.describe('live edit in dev', () => {
  const dev = useDevServer();

  test('saving a slide shows the change on the same slide, and a mistake shows the overlay until fixed', async ({ page }) => {
    await page.goto(`${dev.url}#/ledarskap-fran-hogsta-ort`);
    await page.waitForFunction(() => window.Reveal?.isReady());
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
    await page.waitForFunction(() => window.Reveal?.isReady());
    await expect(page.locator('section.present h2')).toHaveText('Ledarskap från högsta ort');
  });

  // Whatever breaks a file, the overlay names it, the server keeps running, and fixing the file brings the deck back.
  test('each kind of broken file shows its error in the overlay, and the deck comes back after it', async ({ page }) => {
    await page.goto(dev.url);
    await page.waitForFunction(() => window.Reveal?.isReady());
    const file = join(dev.slidesDir, '03-hur-lyckas-vi.md');
    const good = readFileSync(file);
    const breakages: [string, () => void, string][] = [
      ['saved as Latin-1', () => writeFileSync(file, Buffer.from(good.toString('utf8'), 'latin1')), 'error[invalid-utf8]'],
      ['a NUL left by a broken save', () => writeFileSync(file, `${good}\0`), 'error[control-character]'],
      ['frontmatter never closed', () => writeFileSync(file, `${good}\n---\nlayout: statement\n\nText\n`), 'error[unclosed-frontmatter]'],
      ['a YAML alias', () => writeFileSync(file, good.toString('utf8').replace('layout: statement', 'layout: *x')), 'error[bad-yaml]'],
      ['replaced by a broken link', () => (unlinkSync(file), symlinkSync(join(dev.slidesDir, 'borta.md'), file)), 'error[unreadable-file]'],
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
        await page.waitForFunction(() => window.Reveal?.isReady());
        await expect(page.locator('.reveal .slides > section')).toHaveCount(26);
      });
    }
  });

  // Shares the live-edit dev server: one more dev server would only add load to a busy machine.
  test('correcting a figure in the data file redraws its chart, and a rank beyond the count shows the data file line', async ({ page }) => {
    await page.goto(`${dev.url}#/oversikt-over-sveriges-placeringar-2012-2016`);
    await page.waitForFunction(() => window.Reveal?.isReady());
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
    await page.waitForFunction(() => window.Reveal?.isReady());
    await expect(webIndex).toHaveText(['1/61', '1/81', '5/86']);
  });
});

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
    await page.waitForFunction(() => window.Reveal?.isReady());
    await expect(page.locator('.reveal .slides > section')).toHaveCount(26);
    await expect(page.locator('section.present h2')).toHaveText('Ledarskap från högsta ort');
  });
});

test('a broken slide fails the build with its file, line and column', () => {
  const slidesDir = copySlides();
  const outDir = mkdtempSync(join(tmpdir(), 'deck-dist-'));
  try {
    const file = join(slidesDir, '02-var-star-vi.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('layout: columns', 'layout: kolumner'));
    const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
      env: { ...process.env, DECK_SLIDES_DIR: slidesDir },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toMatch(/02-var-star-vi\.md:\d+:9 {2}error\[unknown-layout\] {2}Unknown layout "kolumner"/);
    expect(output).toContain('did you mean "columns"?');
  } finally {
    rmSync(slidesDir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  }
});
