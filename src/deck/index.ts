// The loader's public entry: load and build a deck, render it, print its errors, and what layouts
// need to plug in. It knows no layout; callers hand it theirs (src/layouts/index.ts).
export { buildDeck, type Deck, type DeckAssets, type DeckOptions } from './build.ts';
export { ERROR_CODES, formatDeckErrors, formatError, SlideError, type ErrorCode, type Position } from './errors.ts';
export { decodeSlideFile, listSlideFiles, readSlideFile } from './files.ts';
export { entryProblem, fileError, MAX_PUBLIC_BYTES, MAX_TEXT_BYTES } from './entries.ts';
export { findInvisible, invisibleHint, printable } from './invisible.ts';
export { yamlSyntaxErrors } from './yaml-errors.ts';
export { invisibleInYaml } from './yaml-invisible.ts';
export { defineLayout, isSlideOf } from './layout.ts';
export { fileFinder, imageUrlUnder, loadDeck, type DeckFolders } from './load.ts';
export { escapeHtml } from './markdown.ts';
export { isRasterPhoto, photoClass, type PhotoInfo } from './photos.ts';
export type { Box, Gradient, PptxContext, PptxItem, PptxSlide, RankChartItem, TextParagraph, TextRun, TextStyle } from './pptx.ts';
export { renderDeck, type RenderedDeck, type RenderOptions } from './render.ts';
export { slugify } from './slug.ts';
export { choiceHint } from './suggest.ts';
export { headingLevel, plainText, shiftHeadings, topLevelBlocks } from './tokens.ts';
export type { Attachment, Layout, LayoutContext, LayoutData, LayoutSlide, PropsSchema, RawSlide, RenderContext, SectionParts, Slide, SlideFile, Speaker, Token } from './types.ts';
