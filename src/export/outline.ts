// Write a PDF outline (bookmarks): one entry per page, named by that page's slide heading.
import { PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFRef } from 'pdf-lib';

export function writeOutline(pdf: PDFDocument, titles: string[]): void {
  const { context } = pdf;
  const pages = pdf.getPages();
  const outlineRef = context.nextRef();
  const itemRefs = titles.map(() => context.nextRef());
  titles.forEach((title, index) => {
    const links: Record<string, PDFRef> = { Parent: outlineRef };
    if (index > 0) links.Prev = itemRefs[index - 1];
    if (index < titles.length - 1) links.Next = itemRefs[index + 1];
    // The page's top left corner, zoom unchanged.
    const destination = context.obj([pages[index].ref, PDFName.of('XYZ'), PDFNumber.of(0), PDFNumber.of(pages[index].getHeight()), PDFNull]);
    context.assign(itemRefs[index], context.obj({ Title: PDFHexString.fromText(title), Dest: destination, ...links }));
  });
  context.assign(outlineRef, context.obj({ Type: 'Outlines', First: itemRefs[0], Last: itemRefs.at(-1), Count: titles.length }));
  pdf.catalog.set(PDFName.of('Outlines'), outlineRef);
  // Open with the outline showing.
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
