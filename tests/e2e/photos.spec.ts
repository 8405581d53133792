// Journey: the speaker swaps an illustration for a real photo (a JPEG in public/images); the
// audience gets it as AVIF in the size their screen needs, fetched only as its slide comes near.
import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PreviewServer } from 'vite';
import sharp from 'sharp';
import { buildWith, serveStatic } from './builds.ts';

const PHOTO_SLIDE = 'sverige-ligger-efter';
/** The photo's colour: orange, far from the deck's blues. */
const ORANGE = { r: 255, g: 120, b: 20 };

let dir: string;
let outDir: string;
let site: { url: string; server: PreviewServer };

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'deck-photo-'));
  cpSync('public', join(dir, 'public'), { recursive: true });
  cpSync('slides', join(dir, 'slides'), { recursive: true });
  await sharp({ create: { width: 2400, height: 1350, channels: 3, background: ORANGE } }).jpeg({ quality: 85 }).toFile(join(dir, 'public', 'images', 'foto.jpg'));
  const file = join(dir, 'slides', '02-var-star-vi.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('image: sverige-ligger-efter.svg', 'image: foto.jpg'));
  const build = buildWith({ DECK_SLIDES_DIR: join(dir, 'slides'), DECK_PUBLIC_DIR: join(dir, 'public'), DECK_OG_IMAGE: '0' });
  expect(build.status, build.output).toBe(0);
  outDir = build.outDir;
  site = await serveStatic(outDir);
});

test.afterAll(async () => {
  await site?.server.close();
  for (const folder of [dir, outDir]) if (folder) rmSync(folder, { recursive: true, force: true });
});

test('the build makes AVIF and WebP versions of the photo, 1280 and 1920 px wide', async () => {
  const versions = readdirSync(join(outDir, 'assets')).filter((name) => name.startsWith('foto-'));
  const described = await Promise.all(versions.map(async (name) => `${(await sharp(join(outDir, 'assets', name)).metadata()).width} ${name.split('.').at(-1)}`));
  expect(described.sort()).toEqual(['1280 avif', '1280 webp', '1920 avif', '1920 webp']);
});

for (const { screen, scale, width } of [
  { screen: 'a 1280 px laptop screen', scale: 1, width: 1280 },
  { screen: 'a sharp (2×) screen', scale: 2, width: 1920 },
]) {
  test(`on ${screen} the photo comes as a ${width} px AVIF once its slide is near, never the JPEG`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: scale, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const photos: string[] = [];
    page.on('request', (request) => {
      if (/\/(assets|images)\/foto/.test(request.url())) photos.push(request.url().split('/').at(-1) as string);
    });
    await page.goto(site.url);
    await page.waitForFunction(() => window.Reveal?.isReady());
    await page.waitForLoadState('networkidle');
    expect(photos, 'fetched on the first slide, five slides away').toEqual([]);

    await page.evaluate((id) => window.Reveal.slide(window.Reveal.getSlides().findIndex((slide) => slide.id === id)), PHOTO_SLIDE);
    await expect.poll(() => photos.length).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(photos).toEqual([expect.stringMatching(new RegExp(`^foto-\\w+-${width}-[\\w-]+\\.avif$`))]);
    // The box stands to the right; the photo shows on the left.
    await expect.poll(() => distanceFromOrange(page, 100, 360)).toBeLessThan(16);
    await context.close();
  });
}

/** How far the colour painted at a point of the window is from the photo's (largest channel difference). */
async function distanceFromOrange(page: Page, x: number, y: number): Promise<number> {
  const shot = await sharp(await page.screenshot({ clip: { x, y, width: 1, height: 1 }, scale: 'css' })).raw().toBuffer();
  return Math.max(Math.abs(shot[0] - ORANGE.r), Math.abs(shot[1] - ORANGE.g), Math.abs(shot[2] - ORANGE.b));
}
