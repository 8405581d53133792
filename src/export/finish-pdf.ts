// Finish Chromium's PDF: check its pages, add the outline and the talk's metadata (title, author, subject, language).
import { PDFDocument } from 'pdf-lib';
import { talk } from '../talk.config.ts';
import { ExportError } from './errors.ts';
import { writeOutline } from './outline.ts';
import { writeXmpMetadata, type DocumentFacts } from './xmp.ts';


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

export async function finishPdf(bytes: Uint8Array, titles: string[], facts: DocumentFacts, now = new Date()): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  if (pdf.getPageCount() !== titles.length) {
    throw new ExportError('page-count', `The PDF has ${pdf.getPageCount()} pages but the deck has ${titles.length} slides`, 'a slide split over two pages is too long; shorten it');
  }
  writeOutline(pdf, titles);
  // Viewers show the title, not the file name, in their title bar (PDF/UA asks for it).
  pdf.setTitle(facts.title, { showInWindowTitleBar: true });
  pdf.setAuthor(facts.author);
  pdf.setSubject(facts.subject);
  // pdf-lib joins keywords with spaces, which would run these together.
  pdf.setKeywords([facts.keywords.join('; ')]);
  pdf.setLanguage(facts.language);
  const tools = { creator: 'npm run pdf: reveal.js print view in Chromium', producer: `${pdf.getProducer() ?? 'Chromium'} + pdf-lib` };
  pdf.setCreator(tools.creator);
  pdf.setProducer(tools.producer);
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  writeXmpMetadata(pdf, facts, tools, now);
  return pdf.save();
}
