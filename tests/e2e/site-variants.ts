// The site built in other configurations, each once per test worker and only for the workers whose
// tests ask for it (Playwright's worker fixtures): a build takes seconds of a two-core machine.
// Every browser spec takes its `test` from here: one test type, so any worker can run any spec
// (specs of another test type would need workers of their own, started late in the run).
import { test as base } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { SINGLE_FILE_NAME } from '../../vite.config.ts';
import { REFERENCE_PUBLIC, REFERENCE_SLIDES } from '../reference-talk.ts';
import { buildWith, npmRunBuild, serveStatic } from './builds.ts';
import { slideSources } from './slide-sources.ts';
import { copySlidesWithNote } from './slides-copy.ts';

const BROKEN_SLIDES_DIR = 'tests/fixtures/a11y/slides';

/** Slides made to fail the accessibility and fit checks, served: each check shows it catches its fault. */
export interface BrokenDeck {
  url: string;
  sources: Map<string, string>;
}

/** The reference talk with a speaker note (slides-copy.ts), built by `npm run build` into fresh folders. */
export interface NotedBuild {
  /** The folder that holds slides/, dist/ and dist-offline/, and nothing else. */
  work: string;
  siteDir: string;
  oneFile: string;
  /** The same slides built with DECK_PUBLISH_NOTES=1 (the site only). */
  publishedDir: string;
}

/** The site served with DECK_PUBLIC_URL set. */
export interface PublicUrlSite {
  url: string;
  publicUrl: string;
}

/** The reference talk with a photo (a JPEG in its public/images) as a slide's background and in a new last slide's text (#/ett-foto-i-texten). */
export interface PhotoSite {
  url: string;
  outDir: string;
}

const PUBLIC_URL = 'https://example.se/talks/reda/';

export const TEXT_PHOTO_ALT = 'Orange yta som står för ett foto';
/** The photo's colour: orange, far from the deck's blues. */
export const ORANGE = { r: 255, g: 120, b: 20 };

function built<T extends { status: number | null; output: string }>(what: string, build: T): T {
  if (build.status !== 0) throw new Error(`${what} did not build:\n${build.output}`);
  return build;
}

export const test = base.extend<object, { brokenDeck: BrokenDeck; notedBuild: NotedBuild; publicUrlSite: PublicUrlSite; photoSite: PhotoSite }>({
  brokenDeck: [
    async ({}, use) => {
      const build = built('The broken deck', buildWith({ DECK_SLIDES_DIR: BROKEN_SLIDES_DIR, DECK_OG_IMAGE: '0' }));
      const { url, server } = await serveStatic(build.outDir);
      await use({ url, sources: slideSources(BROKEN_SLIDES_DIR) });
      await server.close();
      rmSync(build.outDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  notedBuild: [
    async ({}, use) => {
      const work = mkdtempSync(join(tmpdir(), 'deck-noted-'));
      const copy = copySlidesWithNote();
      cpSync(copy, join(work, 'slides'), { recursive: true });
      rmSync(copy, { recursive: true, force: true });
      const env = { DECK_SLIDES_DIR: join(work, 'slides'), DECK_OG_IMAGE: '0' };
      built('The talk with a note', npmRunBuild(join(work, 'dist'), env));
      const published = built('The talk with its note published', buildWith({ ...env, DECK_PUBLISH_NOTES: '1' }));
      await use({ work, siteDir: join(work, 'dist'), oneFile: join(work, 'dist-offline', SINGLE_FILE_NAME), publishedDir: published.outDir });
      for (const dir of [work, published.outDir]) rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  publicUrlSite: [
    async ({}, use) => {
      const build = built('The site with a public URL', buildWith({ DECK_PUBLIC_URL: PUBLIC_URL, DECK_OG_IMAGE: '0' }));
      const { url, server } = await serveStatic(build.outDir);
      await use({ url, publicUrl: PUBLIC_URL });
      await server.close();
      rmSync(build.outDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  photoSite: [
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'deck-photo-'));
      cpSync(REFERENCE_PUBLIC, join(dir, 'public'), { recursive: true });
      cpSync(REFERENCE_SLIDES, join(dir, 'slides'), { recursive: true });
      await sharp({ create: { width: 2400, height: 1350, channels: 3, background: ORANGE } }).jpeg({ quality: 85 }).toFile(join(dir, 'public', 'images', 'foto.jpg'));
      const file = join(dir, 'slides', '02-var-star-vi.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('image: sverige-ligger-efter.svg', 'image: foto.jpg'));
      const last = join(dir, 'slides', '04-spaningar-framat.md');
      writeFileSync(last, `${readFileSync(last, 'utf8')}\n---\n\n# Ett foto i texten\n\n![${TEXT_PHOTO_ALT}](foto.jpg)\n`);
      const build = built('The talk with a photo', buildWith({ DECK_SLIDES_DIR: join(dir, 'slides'), DECK_PUBLIC_DIR: join(dir, 'public'), DECK_OG_IMAGE: '0' }));
      const { url, server } = await serveStatic(build.outDir);
      await use({ url, outDir: build.outDir });
      await server.close();
      for (const folder of [dir, build.outDir]) rmSync(folder, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});
