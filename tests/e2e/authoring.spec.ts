// Journeys of the author: edit a slide live in dev, break one, and see the build refuse it.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';

/** A copy of slides/ that a test may change. */
function copySlides(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-slides-'));
  cpSync('slides', dir, { recursive: true });
  return dir;
}

test.describe('live edit in dev', () => {
  let server: ViteDevServer;
  let slidesDir: string;

  test.beforeAll(async () => {
    slidesDir = copySlides();
    process.env.DECK_SLIDES_DIR = slidesDir;
    server = await createServer({ configFile: 'vite.config.ts', server: { port: 0 }, logLevel: 'silent' });
    await server.listen();
  });

  test.afterAll(async () => {
    await server.close();
    delete process.env.DECK_SLIDES_DIR;
    rmSync(slidesDir, { recursive: true, force: true });
  });

  test('saving a slide shows the change on the same slide, and a mistake shows the overlay until fixed', async ({ page }) => {
    const url = server.resolvedUrls?.local[0] ?? '';
    await page.goto(`${url}#/ledarskap-fran-hogsta-ort`);
    await page.waitForFunction(() => window.Reveal?.isReady());
    const file = join(slidesDir, '03-hur-lyckas-vi.md');
    const original = readFileSync(file, 'utf8');

    writeFileSync(file, original.replace('Ledarskap från högsta ort', 'Ledarskap från högsta ort – nu'));
    await expect(page.locator('section.present h2')).toHaveText('Ledarskap från högsta ort – nu', { timeout: 1000 });
    await expect(page).toHaveURL(/#\/ledarskap-fran-hogsta-ort-nu$/);

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
    await page.goto(server.resolvedUrls?.local[0] ?? '');
    await page.waitForFunction(() => window.Reveal?.isReady());
    const file = join(slidesDir, '03-hur-lyckas-vi.md');
    const good = readFileSync(file);
    const breakages: [string, () => void, string][] = [
      ['saved as Latin-1', () => writeFileSync(file, Buffer.from(good.toString('utf8'), 'latin1')), 'error[invalid-utf8]'],
      ['frontmatter never closed', () => writeFileSync(file, `${good}\n---\nlayout: statement\n\nText\n`), 'error[unclosed-frontmatter]'],
      ['a YAML alias', () => writeFileSync(file, good.toString('utf8').replace('layout: statement', 'layout: *x')), 'error[bad-yaml]'],
      ['replaced by a broken link', () => (unlinkSync(file), symlinkSync(join(slidesDir, 'borta.md'), file)), 'error[unreadable-file]'],
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
