// `npm run build`: the static site in dist/ and the whole talk as one file in dist-offline/
// (src/cli/build-site.ts). Its usage first, so --help answers without loading Vite.
import { runCommand } from './command.ts';

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
  const { buildSite } = await import('./build-site.ts');
  return { summary: await buildSite(process.cwd(), outDir) };
});
