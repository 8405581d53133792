// Which Chromium the browser tests drive: the same one the build and `npm run pdf` use, and the
// whole browser for the few things a headless shell lacks.
export { chromiumLaunchOptions, fullChromiumLaunchOptions } from '../src/export/chromium.ts';
