// Journey of the author in dev: whatever breaks a slide file, the overlay names it, the
// server keeps running, and fixing the file brings the deck back.
import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';

let server: ViteDevServer;
let slidesDir: string;

test.beforeAll(async () => {
  slidesDir = mkdtempSync(join(tmpdir(), 'deck-slides-'));
  cpSync('slides', slidesDir, { recursive: true });
  process.env.DECK_SLIDES_DIR = slidesDir;
  server = await createServer({ configFile: 'vite.config.ts', server: { port: 0 }, logLevel: 'silent' });
  await server.listen();
});

test.afterAll(async () => {
  await server.close();
  delete process.env.DECK_SLIDES_DIR;
  rmSync(slidesDir, { recursive: true, force: true });
});

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
