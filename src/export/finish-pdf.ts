// Finish Chromium's PDF: check its pages, add the outline and the talk's metadata (title, author,
// subject, language, XMP), as an incremental update of the file (pdf-update.ts).
import { talk } from '../talk.config.ts';
import { ExportError } from './errors.ts';
import { appendUpdate, pdfText, readPdf } from './pdf-update.ts';
import { xmpPacket, type DocumentFacts } from './xmp.ts';

/** The PDF's metadata, from the talk's one configuration. */
export function talkFacts(notes: boolean): DocumentFacts {
  return {
    title: notes ? `${talk.title} – med anteckningar` : talk.title,
    author: talk.speaker,
    subject: talk.description,
    language: talk.language,
    keywords: [talk.event, talk.organisation, talk.date].filter(Boolean),
  };
}

/** "D:20180222090000Z", the PDF's date format. */
function pdfDate(date: Date): string {
  return `(D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;
}

/**
 * Check the page count, add the outline (one entry per slide, named by its title, at its first page)
 * and the metadata. `pagesPerSlide`: how many pages each slide takes (the handout's long notes take more).
 */
export async function finishPdf(bytes: Uint8Array, titles: string[], facts: DocumentFacts, now = new Date(), pagesPerSlide: number[] = titles.map(() => 1)): Promise<Uint8Array> {
  const pdf = readPdf(bytes);
  const pages = pdf.pages();
  const expected = pagesPerSlide.reduce((sum, count) => sum + count, 0);
  if (pages.length !== expected) {
    throw new ExportError('page-count', `The PDF has ${pages.length} pages where ${expected} were laid out for the deck's ${titles.length} slides`, 'a slide split over two pages is too long; shorten it');
  }
  const objects = new Map<number, string>();
  let next = pdf.size;
  const outline = next++;
  const items = titles.map(() => next++);
  titles.forEach((title, index) => {
    const page = pages[pagesPerSlide.slice(0, index).reduce((sum, count) => sum + count, 0)];
    const links = [index > 0 && `/Prev ${items[index - 1]} 0 R`, index < titles.length - 1 && `/Next ${items[index + 1]} 0 R`].filter(Boolean).join(' ');
    // The page's top left corner, zoom unchanged.
    objects.set(items[index], `<</Title ${pdfText(title)} /Parent ${outline} 0 R /Dest [${page.num} 0 R /XYZ 0 ${page.height} null] ${links}>>`);
  });
  objects.set(outline, `<</Type /Outlines /First ${items[0]} 0 R /Last ${items[items.length - 1]} 0 R /Count ${titles.length}>>`);

  const producer = /\/Producer\s*\(([^)]*)\)/.exec(pdf.info ? pdf.dict(pdf.info) : '')?.[1] ?? 'Chromium';
  const tools = { creator: 'npm run export: reveal.js print view in Chromium', producer: `${producer} + the deck's export` };
  const xmp = Buffer.from(xmpPacket(facts, tools, now), 'utf8');
  const metadata = next++;
  objects.set(metadata, `<</Type /Metadata /Subtype /XML /Length ${xmp.length}>>\nstream\n${xmp.toString('latin1')}\nendstream`);
  const info = pdf.info ?? next++;
  const text = (value: string) => pdfText(value);
  objects.set(info, `<</Title ${text(facts.title)} /Author ${text(facts.author)} /Subject ${text(facts.subject)} /Keywords ${text(facts.keywords.join('; '))} /Creator ${text(tools.creator)} /Producer ${text(tools.producer)} /CreationDate ${pdfDate(now)} /ModDate ${pdfDate(now)}>>`);

  // The catalog again, with the outline open in the viewer, the language and the XMP packet.
  const catalog = pdf
    .dict(pdf.root)
    .replace(/\/(Outlines|Metadata)\s+\d+ 0 R|\/PageMode\s*\/\w+|\/Lang\s*(\([^)]*\)|<[^>]*>)/g, '')
    .replace(/>>$/, `\n/Outlines ${outline} 0 R\n/PageMode /UseOutlines\n/Lang ${text(facts.language)}\n/Metadata ${metadata} 0 R>>`);
  objects.set(pdf.root, catalog);
  return appendUpdate(bytes, pdf, objects, info);
}
