// The PDF's XMP metadata stream: the same title, author, subject and language as its info dictionary,
// where accessibility checkers (PDF/UA) look for them.

/** What the PDF says of itself: its title, author, subject, language and keywords. */
export interface DocumentFacts {
  title: string;
  author: string;
  subject: string;
  language: string;
  keywords: string[];
}

export interface XmpTools {
  creator: string;
  producer: string;
}

export function xmpPacket(facts: DocumentFacts, tools: XmpTools, date: Date): string {
  const text = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${text(value)}</rdf:li></rdf:Alt>`;
  return [
    // The packet id is fixed by the XMP specification. cspell:disable-next-line
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(facts.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${text(facts.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(facts.subject)}</dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${text(facts.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<pdf:Keywords>${text(facts.keywords.join(', '))}</pdf:Keywords>`,
    `<pdf:Producer>${text(tools.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${text(tools.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date.toISOString()}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date.toISOString()}</xmp:ModifyDate>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
