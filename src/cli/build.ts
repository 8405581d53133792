// `npm run build`: Vite builds the site and the one-file copy into fresh folders beside dist/ and
// dist-offline/, which replace those only when both builds succeed, so a failed build leaves the
// last good ones as they were.
import { relative } from 'node:path';
import { SINGLE_FILE_NAME } from '../../vite.config.ts';
import { discard, prepareSwap, swapIn } from '../vite/folder-swap.ts';
import { runCommand } from './command.ts';
import { FailedRun } from './failure.ts';
import { folderSize, formatBytes } from './sizes.ts';
import { viteBuild } from './vite-build.ts';

/** The one file goes beside the site, not into it, so it is not published with it: dist/ → dist-offline/. */
export function offlineDirOf(outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, '')}-offline`;
}

const spec = {
  name: 'npm run build',
  about: 'Builds the talk: the static site in dist/ and the whole talk as one HTML file in dist-offline/.\nA failed build leaves both folders as they were.',
  options: {
    outDir: { type: 'string', default: 'dist', flag: '--outDir <dir>', text: 'where the site goes (default dist; the one file goes to <dir>-offline)' },
  },
  environment: {
    DECK_PUBLIC_URL: 'the address the site is published at (else publicUrl in src/talk.config.ts)',
    DECK_PUBLISH_NOTES: '1: put the speaker notes in the public site too',
    DECK_OG_IMAGE: '0: build without Chromium (no link-preview picture)',
  },
} as const;

await runCommand(spec, async ({ outDir }) => {
  const root = process.cwd();
  const site = prepareSwap(outDir);
  const offline = prepareSwap(offlineDirOf(outDir));
  try {
    await viteBuild(root, site.building);
    await viteBuild(root, offline.building, 'single-file');
  } catch (error) {
    discard(site);
    discard(offline);
    throw new FailedRun(error, `The build failed; ${outDir}/ and ${offlineDirOf(outDir)}/ are left as they were.`);
  }
  swapIn(site);
  swapIn(offline);
  const built = folderSize(site.final);
  const oneFile = folderSize(offline.final);
  const shown = (path: string) => relative(root, path) || '.';
  return { summary: `wrote ${shown(site.final)}/ (${built.files} files, ${formatBytes(built.bytes)}) and ${shown(offline.final)}/${SINGLE_FILE_NAME} (${formatBytes(oneFile.bytes)})` };
});
