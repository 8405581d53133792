// The overlay box keeps its white text readable whatever the picture under it does.
import { expect, test } from 'vitest';
import { PANEL } from '../../src/theme/css-tokens.ts';
import { contrastRatio, type Rgb } from '../colour.ts';

/** The panel colour from the theme's tokens, e.g. "rgb(10 61 145 / 0.88)". */
function panelColour(): { rgb: Rgb; alpha: number } {
  const match = /^rgb\((\d+) (\d+) (\d+) \/ ([\d.]+)\)$/.exec(PANEL);
  if (!match) throw new Error(`the panel colour ${PANEL} is not "rgb(r g b / a)"`);
  return { rgb: [Number(match[1]), Number(match[2]), Number(match[3])], alpha: Number(match[4]) };
}

test('white text on the overlay box meets 4.5:1 over any picture', () => {
  const { rgb, alpha } = panelColour();
  // Composited over every corner of the colour cube: the worst a picture can do.
  const corners: Rgb[] = [0, 255].flatMap((r) => [0, 255].flatMap((g) => [0, 255].map((b): Rgb => [r, g, b])));
  const worst = Math.min(
    ...corners.map((under) => {
      const shown = rgb.map((channel, i) => alpha * channel + (1 - alpha) * under[i]) as Rgb;
      return contrastRatio([255, 255, 255], shown);
    }),
  );
  expect(worst).toBeGreaterThanOrEqual(4.5);
});
