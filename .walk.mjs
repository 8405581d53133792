import { chromium } from 'playwright';
const [,, w, h, dpr, prefix, query] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h }, deviceScaleFactor: +dpr });
await page.goto('http://localhost:4400/' + (query ?? '?view=scroll'));
await page.waitForFunction(() => window.Reveal?.isReady());
const ids = await page.evaluate(() => Reveal.getSlides().map((s) => s.id));
for (const [i, id] of ids.entries()) {
  await page.evaluate((id) => { const s = document.getElementById(id); const p = s.closest('.scroll-page'); if (p) { p.scrollIntoView({block:'start'}); s.scrollIntoView({block:'nearest'}); } else Reveal.slide(Reveal.getSlides().indexOf(s)); }, id);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${prefix}-${String(i).padStart(2,'0')}.png` });
}
await browser.close();
