// Which Chromium the browser tests drive: the same one `npm run pdf` prints with.
export { chromiumLaunchOptions } from '../src/export/chromium.ts';
