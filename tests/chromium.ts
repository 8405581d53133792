// Which Chromium the browser tests drive: the same one the build and `npm run pdf` use.
export { chromiumLaunchOptions } from '../src/export/chromium.ts';
