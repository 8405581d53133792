// Read a PDF's structure with pdf-lib: outline, link annotations, tags, language, XMP metadata.
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

export interface PdfLink {
  /** An external target: mailto:, tel:, https:. */
  uri?: string;
  /** An internal target: the 0-based page it jumps to. */
  page?: number;
}

export async function openPdf(file: string): Promise<PDFDocument> {
  return openPdfBytes(readFileSync(file));
}

export async function openPdfBytes(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}

const text = (value: PDFObject | undefined) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);

/** The 0-based page a destination points to: an explicit [page …] array or a name in the catalog's Dests. */
function destinationPage(pdf: PDFDocument, destination: PDFObject | undefined): number | undefined {
  let target = destination instanceof PDFRef ? pdf.context.lookup(destination) : destination;
  if (target instanceof PDFName || target instanceof PDFString) {
    const names = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
    const key = target instanceof PDFName ? target.decodeText() : target.decodeText();
    target = names?.lookup(PDFName.of(key));
  }
  if (!(target instanceof PDFArray)) return undefined;
  const pageRef = target.get(0);
  const index = pdf.getPages().findIndex((page) => page.ref === pageRef);
  return index === -1 ? undefined : index;
}

export function readOutline(pdf: PDFDocument): { title: string; page?: number }[] {
  const entries: { title: string; page?: number }[] = [];
  let item = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict);
  while (item) {
    entries.push({ title: text(item.lookup(PDFName.of('Title'))) ?? '', page: destinationPage(pdf, item.get(PDFName.of('Dest'))) });
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
  return entries;
}

/** Each page's link annotations. */
export function readLinks(pdf: PDFDocument): PdfLink[][] {
  return pdf.getPages().map((page) => {
    const annotations = page.node.Annots();
    if (!annotations) return [];
    return annotations.asArray().flatMap((ref) => {
      const annotation = pdf.context.lookup(ref, PDFDict);
      if (annotation.get(PDFName.of('Subtype')) !== PDFName.of('Link')) return [];
      const action = annotation.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action && text(action.lookup(PDFName.of('URI')));
      return [uri ? { uri } : { page: destinationPage(pdf, annotation.get(PDFName.of('Dest')) ?? action?.get(PDFName.of('D'))) }];
    });
  });
}

/** The tagged PDF's structure elements in reading order: type (H1, Link, Figure…) and alt text. */
export function readTags(pdf: PDFDocument): { type: string; alt?: string }[] {
  const tags: { type: string; alt?: string }[] = [];
  const visit = (node: PDFObject | undefined): void => {
    if (node instanceof PDFRef) return visit(pdf.context.lookup(node));
    if (node instanceof PDFArray) return node.asArray().forEach(visit);
    if (!(node instanceof PDFDict)) return;
    const type = node.get(PDFName.of('S'));
    if (type instanceof PDFName) tags.push({ type: type.decodeText(), alt: text(node.lookup(PDFName.of('Alt'))) });
    visit(node.get(PDFName.of('K')));
  };
  visit(pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)?.get(PDFName.of('K')));
  return tags;
}

/** How many structure elements of each type the tagged PDF holds. */
export function countTags(pdf: PDFDocument): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { type } of readTags(pdf)) counts.set(type, (counts.get(type) ?? 0) + 1);
  return counts;
}

export function readLanguage(pdf: PDFDocument): string | undefined {
  return text(pdf.catalog.lookup(PDFName.of('Lang')));
}

export function readXmp(pdf: PDFDocument): string {
  const stream = pdf.catalog.lookup(PDFName.of('Metadata'));
  return stream instanceof PDFRawStream ? new TextDecoder().decode(stream.contents) : '';
}
