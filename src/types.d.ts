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
