// Journey: the audience sees each photo slide: picture loaded, blue box readable, alt text exposed.
import { expect, test } from '@playwright/test';
import { openDeck, settle } from './deck.ts';

const OVERLAYS = [
  ['sverige-ligger-efter', 'sverige-ligger-efter.svg', /Mörkhårig man i blå kortärmad skjorta/],
  ['behovet-av-styrning-stod-och-ledarskap-fran', 'styrning-och-stod.svg', /smartur på vänster handled som visar 542/],
  ['men-vi-har-ocksa-manga-tillgangar', 'manga-tillgangar.svg', /glas, delvis fyllt med vatten/],
  ['men-mycket-hander-nu', 'mycket-hander-nu.svg', /kort rött hår och glasögon/],
  ['hur-lyckas-vi', 'digital-omstallning.svg', /lysande glödlampa/],
  ['kulturen-kring-forandring', 'kulturen-kring-forandring.svg', /whiteboardtavla/],
  ['lyft-fram-gransgangarna', 'gransgangarna.svg', /träyta med lodräta ådringar/],
] as const;

for (const [id, file, alt] of OVERLAYS) {
  test(`photo slide #/${id} shows its picture, box and alt text`, async ({ page }) => {
    const picture = page.waitForResponse((response) => response.url().endsWith(`/images/${file}`));
    await openDeck(page, `./#/${id}`);
    expect((await picture).status()).toBe(200);
    await settle(page);

    const slide = page.locator(`section#${id}`);
    await expect(slide).toHaveClass(/present/);
    // The picture is reveal's background for this slide, drawn from the file.
    const background = page.locator('.backgrounds .slide-background.present .slide-background-content');
    await expect(background).toHaveCSS('background-image', new RegExp(`images/${file.replace('.', '\\.')}`));

    const panel = slide.locator('.overlay__panel');
    await expect(panel).toBeVisible();
    await expect(panel).toHaveCSS('color', 'rgb(255, 255, 255)');
    await expect(panel).toHaveCSS('background-color', 'rgba(10, 61, 145, 0.88)');
    // Rounded at every corner: 1.5rem (overlay.ts), which a square box (0px) would fail.
    await expect(panel).toHaveCSS('border-radius', '24px');
    await expect(slide.getByRole('img', { name: alt })).toBeAttached();
    const snapshot = await page.locator('.reveal').ariaSnapshot();
    expect(snapshot).toMatch(alt);
  });
}
