// Finishing Chromium's PDF: outline, metadata and XMP on a small PDF made in memory, and the page-count check.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { ExportError } from '../../src/export/errors.ts';
import { finishPdf } from '../../src/export/finish-pdf.ts';
import type { DocumentFacts } from '../../src/export/xmp.ts';
import { openPdfBytes, readLanguage, readOutline, readXmp } from '../e2e/pdf-inspect.ts';

const FACTS: DocumentFacts = {
  title: 'Räksmörgås & <annat>',
  author: 'Åsa Öberg',
  subject: 'Ett ämne',
  language: 'sv',
  keywords: ['Reglab', '2018-02-22'],
};

async function pagesPdf(count: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let page = 0; page < count; page++) pdf.addPage([960, 540]);
  // A classic cross-reference table, as Chromium writes.
  return pdf.save({ useObjectStreams: false });
}

describe('finishPdf', () => {
  it('adds an outline entry per page, the metadata, the language and an XMP packet', async () => {
    const finished = await openPdfBytes(await finishPdf(await pagesPdf(3), ['Första', 'Andra sidan', 'Tredje – sist'], FACTS, new Date('2018-02-22T09:00:00Z')));
    expect(readOutline(finished)).toEqual([
      { title: 'Första', page: 0 },
      { title: 'Andra sidan', page: 1 },
      { title: 'Tredje – sist', page: 2 },
    ]);
    expect(finished.getTitle()).toBe(FACTS.title);
    expect(finished.getAuthor()).toBe('Åsa Öberg');
    expect(finished.getKeywords()).toBe('Reglab; 2018-02-22');
    expect(readLanguage(finished)).toBe('sv');
    const xmp = readXmp(finished);
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Räksmörgås &amp; &lt;annat&gt;</rdf:li>');
    expect(xmp).toContain('<rdf:li>Åsa Öberg</rdf:li>');
    expect(xmp).toContain('<xmp:CreateDate>2018-02-22T09:00:00.000Z</xmp:CreateDate>');
  });

  it('refuses a PDF whose page count is not the slide count', async () => {
    const error = await finishPdf(await pagesPdf(4), ['a', 'b', 'c'], FACTS).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExportError);
    expect((error as ExportError).code).toBe('page-count');
  });
});
