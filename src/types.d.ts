declare module "edtf" {
  const edtf: (s: string) => any;
  export default edtf;
}

declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>, eleventyConfig?: unknown);
    write(): Promise<unknown>;
    watch(): Promise<unknown>;
    serve(port?: number): Promise<unknown>;
    toJSON(): Promise<unknown>;
  }
}

declare module "@11ty/eleventy-plugin-rss" {
  export function dateToRfc3339(date: Date): string;
}
