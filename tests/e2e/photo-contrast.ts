// Contrast of the overlay box's text against the picture as actually rendered: the text is made
// transparent, the box is screenshot, and every pixel inside its rounded outline is measured.
import type { Page } from '@playwright/test';
import { contrastRatio, type Rgb } from '../colour.ts';
import { decodePng } from '../png.ts';

export interface BoxContrast {
  /** The lowest contrast between the text colour and any pixel of the box. */
  worst: number;
  /** 4.5, or 3 for large text (WCAG 1.4.3) at the size the text is shown. */
  needed: number;
  pixels: number;
}

/** Measure the overlay box of slide `index`, which must be in view and still. */
export async function measureBoxContrast(page: Page, index: number): Promise<BoxContrast> {
  const box = await page.evaluate(async (index) => {
    const slide = [...document.querySelectorAll<HTMLElement>('.reveal .slides section')][index];
    const panel = slide.querySelector('.overlay__panel') as HTMLElement;
    const text = slide.querySelector('.overlay__text') as HTMLElement;
    // Wait for the picture itself, not only the slide: both views load backgrounds as their slides
    // come near. reveal keeps the slide's background on the slide; the reading view beside it.
    const background = (slide as HTMLElement & { slideBackgroundContentElement?: HTMLElement }).slideBackgroundContentElement ?? (slide.parentElement?.querySelector('.slide-background-content') as HTMLElement);
    const pictureUrl = () => /url\("?(.*?)"?\)/.exec(getComputedStyle(background).backgroundImage)?.[1];
    for (let frame = 0; frame < 300 && !pictureUrl(); frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    const url = pictureUrl();
    if (url) {
      const picture = new Image();
      picture.src = url;
      await picture.decode();
    }
    const rect = panel.getBoundingClientRect();
    const scale = rect.width / panel.offsetWidth;
    const style = getComputedStyle(text);
    const px = parseFloat(style.fontSize) * scale;
    const large = px >= 24 || (px >= 18.66 && Number(style.fontWeight) >= 700);
    // Read before the text is hidden: the computed style is live.
    const colour = style.color;
    text.style.setProperty('color', 'transparent', 'important');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height, radius: parseFloat(getComputedStyle(panel).borderTopLeftRadius) * scale, colour, large };
  }, index);
  try {
    const shot = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height }, animations: 'disabled' });
    const png = await decodePng(shot);
    const text = parseRgb(box.colour);
    // Device pixels per CSS pixel of the screenshot.
    const ratio = png.width / box.width;
    let worst = Infinity;
    let pixels = 0;
    for (let y = 0; y < png.height; y++) {
      for (let x = 0; x < png.width; x++) {
        if (!insideRoundedBox(x / ratio, y / ratio, box.width, box.height, box.radius)) continue;
        const at = (y * png.width + x) * 4;
        worst = Math.min(worst, contrastRatio(text, [png.data[at], png.data[at + 1], png.data[at + 2]]));
        pixels++;
      }
    }
    return { worst: Math.round(worst * 100) / 100, needed: box.large ? 3 : 4.5, pixels };
  } finally {
    await page.evaluate((index) => [...document.querySelectorAll<HTMLElement>('.reveal .slides section')][index].querySelector<HTMLElement>('.overlay__text')?.style.removeProperty('color'), index);
  }
}

/** Inside the box's outline, a pixel's width away from it (anti-aliased edges mix with the picture). */
function insideRoundedBox(x: number, y: number, width: number, height: number, radius: number): boolean {
  if (x < 1 || y < 1 || x > width - 1 || y > height - 1) return false;
  // Nearest point of the rectangle that the corners' circles are centred on.
  const cx = Math.min(Math.max(x, radius), width - radius);
  const cy = Math.min(Math.max(y, radius), height - radius);
  return Math.hypot(x - cx, y - cy) <= Math.max(radius - 1, 0);
}

function parseRgb(colour: string): Rgb {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return [r, g, b];
}
