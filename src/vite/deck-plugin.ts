// Vite plugin: loads slides/*.md once per build with the talk's layouts, renders them into
// index.html (in dev and in the build), writes the files slides offer (the vCard), and offers the
// loaded deck to other plugins through its `api`. In dev it loads again when a slide file changes.
import { join, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { formatDeckErrors, imageUrlUnder, loadDeck, printable, renderDeck, type Deck, type DeckFolders, type DeckOptions, type RenderedDeck, type RenderOptions } from '../deck/index.ts';
import { layouts } from '../layouts/index.ts';
import { SLIDES_EVENT } from '../client/live/live-event.ts';
import { fileDataUrl } from './data-url.ts';
import { checkPublicFolder } from './public-folder.ts';
import { PHOTO_PLUGIN_NAME, type PhotoPluginApi } from './photo-plugin.ts';
import { resolveSiteSettings } from './site-settings.ts';
import { slidePictureSizes } from '../theme/css-tokens.ts';
import { DECK_PLUGIN_NAME } from './plugin-names.ts';

export { DECK_PLUGIN_NAME };

const SLIDES_MARK = '<!-- slides -->';

export interface DeckPluginOptions {
  /** Folder of the slide files; `slides/` in the project root by default. */
  slidesDir?: string;
  /** The one-file build: pictures and the vCard go inside the page as data: URLs. */
  singleFile?: boolean;
  /** Speaker notes in the page: always in dev and in the one file; in a build only if asked (src/vite/site-settings.ts). */
  notes?: boolean;
}

/** The deck as loaded, and its sections when it has no errors. */
export interface LoadedDeck {
  deck: Deck;
  rendered: RenderedDeck | null;
}

/** What the deck plugin offers other plugins (Vite's `api` convention). */
export interface DeckPluginApi {
  /** The deck, loaded once per build (and again in dev after a slide file changes). */
  loaded(): Promise<LoadedDeck>;
}

/** An Error in the shape Vite prints and shows in its overlay: file:line:col first. */
export interface DeckBuildError extends Error {
  id: string;
  loc: { file: string; line: number; column: number };
  plugin: string;
}

export function deckPlugin(pluginOptions: DeckPluginOptions = {}): Plugin {
  let folders: DeckFolders;
  let renderOptions: RenderOptions;
  let deckOptions: () => Promise<DeckOptions>;
  let publicDir: string;
  let current: Promise<LoadedDeck> | undefined;
  const loaded = (): Promise<LoadedDeck> => (current ??= loadAndRender(folders, publicDir, deckOptions, renderOptions));
  const forget = () => (current = undefined);
  // Set while the dev page shows Vite's error overlay, which only a reload takes away.
  const devPage = { showsError: false };

  return {
    name: DECK_PLUGIN_NAME,
    api: { loaded } satisfies DeckPluginApi,
    configResolved(config: ResolvedConfig) {
      const site = resolveSiteSettings();
      publicDir = config.publicDir;
      const imagesDir = resolve(config.publicDir, 'images');
      folders = { slidesDir: resolve(config.root, pluginOptions.slidesDir ?? 'slides'), imagesDir, root: config.root };
      const photoApi = config.plugins.find((plugin) => plugin.name === PHOTO_PLUGIN_NAME)?.api as PhotoPluginApi | undefined;
      // Relative to the page, as in dev, so dev and build write the same sections; the base path needs no say.
      const imageUrl = pluginOptions.singleFile ? (file: string) => fileDataUrl(join(imagesDir, file)) : imageUrlUnder('./images/');
      // With the photos' sizes and versions, so a photo in a slide's text renders as a <picture>.
      deckOptions = async () => {
        const photos = await photoApi?.photos();
        return { layouts, imageUrl, photo: (name) => photos?.get(name) };
      };
      renderOptions = {
        notes: pluginOptions.notes ?? (config.command === 'serve' || pluginOptions.singleFile === true || site.publishNotes),
        attachments: pluginOptions.singleFile ? 'inline' : 'files',
        publicUrl: site.publicUrl,
        speaker: { name: site.talk.speaker, organisation: site.talk.organisation },
        pictureSizes: slidePictureSizes(),
      };
    },
    async buildStart() {
      // Fail the build early, with every error, before any bundling work.
      if (this.environment?.mode === 'dev') return;
      forget();
      const { deck } = await loaded();
      if (deck.errors.length > 0) this.error(toBuildError(deck, folders));
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, { path }) {
        // The slides go into the talk's page, not the phone's remote (remote.html).
        if (!isTalkPage(path)) return html;
        const { deck, rendered } = await loaded();
        devPage.showsError = !rendered;
        if (!rendered) throw toBuildError(deck, folders);
        if (!html.includes(SLIDES_MARK)) throw new Error(`index.html has no "${SLIDES_MARK}" where the slides go`);
        return html.replace(SLIDES_MARK, () => rendered.html);
      },
    },
    async generateBundle() {
      const { rendered } = await loaded();
      for (const file of rendered?.attachments ?? []) this.emitFile({ type: 'asset', fileName: file.name, source: file.content });
    },
    configureServer(server) {
      serveAttachments(server, loaded);
      watchSlides(server, folders, devPage, () => (forget(), loaded()));
    },
  };
}

async function loadAndRender(folders: DeckFolders, publicDir: string, deckOptions: () => Promise<DeckOptions>, renderOptions: RenderOptions): Promise<LoadedDeck> {
  const deck = loadDeck(folders, await deckOptions());
  // public/ is published as it is: its files are checked like the slides (src/vite/public-folder.ts).
  const publicFolder = checkPublicFolder(publicDir, folders.root);
  deck.errors.push(...publicFolder.errors);
  for (const [path, text] of publicFolder.sources) deck.sources.set(path, text);
  return { deck, rendered: deck.errors.length === 0 ? renderDeck(deck.slides, renderOptions) : null };
}

/** The dev server serves the files the slides offer (the vCard) where the page links them. */
function serveAttachments(server: ViteDevServer, loaded: () => Promise<LoadedDeck>): void {
  server.middlewares.use((request, response, next) => {
    const name = decodeURIComponent((request.url ?? '').split('?')[0].slice(1));
    void loaded().then(({ rendered }) => {
      const file = rendered?.attachments.find((attachment) => attachment.name === name);
      if (!file) return next();
      response.setHeader('Content-Type', `${file.type}; charset=utf-8`);
      response.end(file.content);
    }, next);
  });
}

/** On any change to a slide or picture: send the new slides, or show the errors in the overlay. */
function watchSlides(server: ViteDevServer, folders: DeckFolders, page: { showsError: boolean }, reload: () => Promise<LoadedDeck>): void {
  server.watcher.add(folders.slidesDir);
  const isDeckFile = (path: string) => [folders.slidesDir, folders.imagesDir].some((dir) => path.startsWith(dir + sep));
  const update = async () => {
    let result: LoadedDeck;
    try {
      result = await reload();
    } catch (error) {
      // A loader bug must not stop the dev server: show it, and try again on the next save.
      server.config.logger.error(String((error as Error).stack ?? error), { timestamp: true });
      server.ws.send({ type: 'error', err: { message: String((error as Error).message), stack: String((error as Error).stack ?? ''), plugin: DECK_PLUGIN_NAME } });
      page.showsError = true;
      return;
    }
    const { deck, rendered } = result;
    if (rendered) {
      // The page takes the new slides in place (src/client/live/live-slides.ts): faster than a reload.
      if (page.showsError) server.ws.send({ type: 'full-reload', path: '*' });
      else server.ws.send({ type: 'custom', event: SLIDES_EVENT, data: { html: rendered.html } });
      page.showsError = false;
      return;
    }
    page.showsError = true;
    const error = toBuildError(deck, folders);
    server.config.logger.error(error.message, { timestamp: true });
    server.ws.send({ type: 'error', err: { message: error.message, stack: '', id: error.id, loc: error.loc, plugin: DECK_PLUGIN_NAME } });
  };
  // The watcher drops a second change to a file within 50 ms of the first, so
  // read the files once things are quiet rather than on each event.
  let timer: NodeJS.Timeout | undefined;
  server.watcher.on('all', (_event, path) => {
    if (!isDeckFile(path)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 100);
  });
}

function toBuildError(deck: Deck, folders: DeckFolders): DeckBuildError {
  const first = deck.errors[0].at;
  const error = new Error(formatDeckErrors(deck)) as DeckBuildError;
  // Escaped, as in the message: a file name may hold a terminal's escape codes.
  error.id = resolve(folders.root, printable(first.file));
  error.loc = { file: error.id, line: first.line, column: first.column };
  error.plugin = DECK_PLUGIN_NAME;
  // The message says where the problem is; a stack into the loader would only be noise.
  error.stack = '';
  return error;
}

/** Whether a page is the talk itself (index.html), not another page of the site. */
export function isTalkPage(path: string): boolean {
  return /(^|\/)(index\.html)?$/.test(path);
}
