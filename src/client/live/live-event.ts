// The dev server's message with every slide's new <section>s, shared by the server (deck-plugin.ts)
// and the page (live-slides.ts).
export const SLIDES_EVENT = 'deck:slides';
