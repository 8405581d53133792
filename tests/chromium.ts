// The browser tests drive the same Chromium as the build's own renders.
export { chromiumLaunchOptions } from '../src/build/chromium.ts';
