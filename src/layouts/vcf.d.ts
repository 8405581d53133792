// Types for the parts of the vcf library we use (it ships without them).
declare module 'vcf' {
  export default class VCard {
    set(key: string, value: string, params?: Record<string, string | string[]>): void;
    add(key: string, value: string, params?: Record<string, string | string[]>): void;
    toString(version?: '2.1' | '3.0' | '4.0'): string;
  }
}
