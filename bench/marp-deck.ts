// The talk as a Marp deck, for the export benchmark: each slide's Markdown with a Marp class per
// layout, the photos as backgrounds, the contact rows and a small rank chart per index as SVG
// pictures, the notes as presenter notes, and a theme in the talk's colours and Inter. Made at
// benchmark time into a temporary folder; nothing of it is committed.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSlideOf, type Slide } from '../src/deck/index.ts';
import { contact } from '../src/layouts/contact.ts';
import { indexOverview } from '../src/layouts/index-overview.ts';
import { overlay } from '../src/layouts/overlay.ts';
import { internationalPhone } from '../src/layouts/phone.ts';
import { talk } from '../src/talk.config.ts';
import { palette } from '../src/theme/tokens.ts';

/** A small rank chart: years across, rank 1 at the top, each point labelled "rank/of". */
function rankChartSvg(points: { year: number; rank: number; of: number | null }[], years: number[], maxRank: number): string {
  const [width, height, side, top, bottom] = [340, 92, 12, 18, 16];
  const x = (year: number) => side + ((year - years[0]) / Math.max(1, years[years.length - 1] - years[0])) * (width - 2 * side);
  const y = (rank: number) => top + ((rank - 1) / Math.max(1, maxRank - 1)) * (height - top - bottom);
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const line = sorted.map((point, index) => `${index ? 'L' : 'M'}${x(point.year)},${y(point.rank)}`).join('');
  const marks = sorted.map((point) => `<circle cx="${x(point.year)}" cy="${y(point.rank)}" r="3.5" fill="${palette.blue}"/><text x="${x(point.year)}" y="${y(point.rank) - 6}" font-size="10" font-weight="700" text-anchor="middle" fill="${palette.navy}">${point.rank}/${point.of ?? '?'}</text>`);
  const labels = years.map((year) => `<text x="${x(year)}" y="${height - 3}" font-size="10" text-anchor="middle" fill="${palette.navy}">${year}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="Inter, sans-serif"><path d="${line}" fill="none" stroke="${palette.blueMid}" stroke-width="2"/>${labels.join('')}${marks.join('')}</svg>`;
}

function slideMarkdown(slide: Slide, folder: string, numbers: Map<string, number>): string {
  const classes = [slide.layout.name, ...Object.entries(slide.props).flatMap(([key, value]) => (value === true ? [key] : key === 'box' ? [`box-${value}`] : []))];
  // Links to a slide (#/id) become Marp's page links (#n); the notes stay the slide's last comment.
  let body = slide.raw.body.text.replace(/\]\(#\/([\w-]+)\)/g, (link, id: string) => (numbers.has(id) ? `](#${numbers.get(id)})` : link));
  if (isSlideOf(slide, overlay)) body = `![bg ${slide.props.alt.replace(/[[\]]/g, '')}](images/${slide.props.image})\n\n${body}`;
  if (isSlideOf(slide, contact)) {
    const { email, phone, linkedin } = slide.props;
    body += `\n\n- **E-post** [${email}](mailto:${email})\n- **Telefon** [${phone}](tel:${internationalPhone(phone)})${linkedin ? `\n- **LinkedIn** ${linkedin}` : ''}`;
  }
  if (isSlideOf(slide, indexOverview)) {
    const all = slide.data.entries.flatMap((entry) => entry.placements);
    const years = [...new Set(all.map((placement) => placement.year))].sort();
    const maxRank = Math.max(1, ...all.map((placement) => placement.rank));
    slide.data.entries.forEach((entry, index) => {
      if (entry.placements.length === 0) return;
      writeFileSync(join(folder, 'charts', `${index}.svg`), rankChartSvg(entry.placements, years, maxRank));
      const name = entry.placements[0].index;
      body = body.replace(new RegExp(`^(- ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*)$`, 'm'), `$1\n\n  ![${name}](charts/${index}.svg)`);
    });
  }
  const notes = slide.raw.notes ? `\n\n<!--\n${slide.raw.notes.text.replace(/^<!--|-->$/g, '')}\n-->` : '';
  return `<!-- _class: ${classes.join(' ')} -->\n\n${body.trim()}${notes}`;
}

/** Write deck.md, theme.css, the pictures and the fonts into `folder`; the deck's path. */
export function writeMarpDeck(slides: Slide[], folder: string, root: string): { deck: string; theme: string } {
  for (const sub of ['images', 'charts', 'fonts']) mkdirSync(join(folder, sub), { recursive: true });
  for (const slide of slides) if (isSlideOf(slide, overlay)) copyFileSync(join(root, 'public', 'images', slide.props.image), join(folder, 'images', slide.props.image));
  for (const weight of ['400', '700']) copyFileSync(join(root, 'node_modules', '@fontsource', 'inter', 'files', `inter-latin-${weight}-normal.woff2`), join(folder, 'fonts', `inter-${weight}.woff2`));
  const numbers = new Map(slides.map((slide, index) => [slide.id, index + 1]));
  const head = ['---', 'marp: true', 'theme: talk', 'size: 16:9', `lang: ${talk.language}`, `title: ${talk.title}`, `author: ${talk.speaker}`, '---', ''].join('\n');
  const deck = join(folder, 'deck.md');
  writeFileSync(deck, `${head}${slides.map((slide) => slideMarkdown(slide, folder, numbers)).join('\n\n---\n\n')}\n`);
  const theme = join(folder, 'theme.css');
  writeFileSync(theme, themeCss());
  return { deck, theme };
}

/** A Marp theme close to the site's: its colours, Inter, the layouts' main shapes. */
function themeCss(): string {
  const p = palette;
  return `/* @theme talk */
@import 'default';
@font-face { font-family: 'Inter'; font-weight: 400; src: url('fonts/inter-400.woff2') format('woff2'); }
@font-face { font-family: 'Inter'; font-weight: 700; src: url('fonts/inter-700.woff2') format('woff2'); }
section { padding: 72px; font-family: 'Inter', sans-serif; font-size: 30px; color: ${p.navy}; background: ${p.white}; justify-content: flex-start; }
section h1 { color: ${p.blue}; text-transform: uppercase; font-size: 1.25em; margin: 0 0 .4em; border: 0; padding: 0; }
section h2 { font-size: 1em; color: ${p.navy}; border: 0; }
section a { color: ${p.blue}; }
section.title { background: linear-gradient(135deg, ${p.navy} 0%, ${p.blueDeep} 55%, ${p.blue} 100%); color: ${p.white}; justify-content: center; }
section.title h1 { color: ${p.white}; font-size: 2em; }
section.statement, section.question { justify-content: center; text-align: center; font-size: 44px; font-weight: 700; }
section.caps p { text-transform: uppercase; }
section.section { background: ${p.blue}; color: ${p.white}; justify-content: center; }
section.section h1 { color: ${p.white}; font-size: 1.8em; }
section.overlay { background: ${p.navy}; justify-content: center; }
section.overlay > p, section.overlay > h1 { max-width: 36%; margin: 0 auto; padding: .6em .8em; border-radius: 12px; background: ${p.blueDeep}e0; color: ${p.white}; font-size: 44px; font-weight: 700; }
section.box-left > p, section.box-left > h1 { margin: 0 auto 0 0; }
section.box-right > p, section.box-right > h1 { margin: 0 0 0 auto; }
section.columns { display: grid; grid-template-columns: repeat(3, 1fr); grid-template-rows: auto 1fr; grid-auto-flow: column; column-gap: 16px; font-size: 22px; }
section.columns h2 { color: ${p.blue}; text-transform: uppercase; background: ${p.blueLight}; margin: 0; padding: .5em .6em 0; }
section.columns ul { background: ${p.blueLight}; margin: 0; padding: .4em .6em .6em 1.6em; }
section.index-overview { font-size: 15px; padding: 40px 48px; }
section.index-overview > ul { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px; list-style: none; padding: 0; margin: 0; }
section.index-overview > ul > li { background: ${p.blueLight}; border-radius: 6px; padding: 4px 8px; margin: 0; }
section.index-overview img { width: 100%; max-height: 70px; }
section.contact ul { list-style: none; padding: 16px 24px; background: ${p.blueLight}; border-radius: 8px; width: 60%; }
`;
}
