// Without JavaScript, every slide shows in order as a readable page (in the page's <noscript>).
export const noscriptCss = /* css */ `
html, body { height: auto !important; overflow: auto !important; }
.reveal, .reveal .slides { position: static !important; height: auto !important; overflow: visible !important; }
.reveal .slides > section {
  display: block !important;
  position: static !important;
  max-width: 60rem;
  margin: 0 auto !important;
  padding: 2rem 1.5rem !important;
  border-bottom: 1px solid var(--deck-page-rule);
  font-size: 1.1rem;
}
.reveal .slides > section .fragment { opacity: 1 !important; visibility: visible !important; }
.reveal .slides > section h1, .reveal .slides > section h2 { color: var(--deck-blue-deep) !important; }
.reveal .slides > section .overlay__panel { background: var(--deck-blue-deep); }
/* Text that is white over a slide background stays readable on the white page. */
.reveal .slides > section .title__meta { color: var(--deck-navy); }
.reveal .slides > section .overlay__text { color: var(--deck-white) !important; }
`;
