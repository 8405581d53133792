// A talk of 5,000 slides still gets its link-preview picture: it is drawn from the title slide alone.
import { expect } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OG_IMAGE } from '../../src/vite/head-tags.ts';
import { renderShareImages } from '../../src/vite/share-images.ts';
import { decodePng } from '../png.ts';
import { test } from './site-variants.ts';

const SLIDES = 5000;

test('the link-preview picture of a 5,000-slide deck is drawn, the same as the talk\'s', async () => {
  test.setTimeout(120_000);
  // The built talk with one of its slides copied 5,000 times after the title slide.
  const outDir = mkdtempSync(join(tmpdir(), 'deck-long-'));
  try {
    cpSync('dist', outDir, { recursive: true, dereference: true });
    const page = readFileSync(join(outDir, 'index.html'), 'utf8');
    const slide = /<section id="kort-om-mig"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(slide).not.toBe('');
    const copies = Array.from({ length: SLIDES }, (_, n) => slide.replaceAll('kort-om-mig', `kopia-${n}`)).join('\n');
    writeFileSync(join(outDir, 'index.html'), page.replace(slide, () => `${slide}\n${copies}`));
    await renderShareImages(outDir);
    const drawn = await decodePng(join(outDir, OG_IMAGE.file));
    const talk = await decodePng(join('dist', OG_IMAGE.file));
    expect([drawn.width, drawn.height]).toEqual([OG_IMAGE.width, OG_IMAGE.height]);
    expect(pixelmatch(talk.data, drawn.data, undefined, drawn.width, drawn.height, { threshold: 0.1 })).toBeLessThan(drawn.width * drawn.height * 0.001);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
