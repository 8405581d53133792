// Types for the subset-font library (it ships without them).
declare module 'subset-font' {
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' }): Promise<Buffer>;
}
