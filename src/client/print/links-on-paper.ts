// A link to a slide ("#/id") only means something to the page's script; on paper it points at the
// slide's element itself ("#id"), which a PDF keeps as a jump to that slide's page.

/** Rewrites the deck's links to slides while printing; gives back how to put them back. */
export function pointLinksAtSlides(): () => void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.reveal .slides a[href^="#/"]')];
  const targets = links.map((link) => link.getAttribute('href') as string);
  links.forEach((link, index) => link.setAttribute('href', `#${targets[index].slice(2)}`));
  return () => links.forEach((link, index) => link.setAttribute('href', targets[index]));
}
