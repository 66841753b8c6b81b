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

declare module "madge" {
  interface MadgeResult {
    /** each file, relative to the folder given, with the files it imports */
    obj(): Record<string, string[]>;
    circular(): string[][];
  }
  export default function madge(path: string, config?: Record<string, unknown>): Promise<MadgeResult>;
}

declare module "us" {
  /** The unitedstates project's table of states and territories (https://github.com/unitedstates/states). */
  interface State {
    name: string;
    /** postal code, e.g. CO */
    abbr: string;
    /** FIPS code, 2 digits, e.g. 08 */
    fips: string;
  }
  const us: { STATES_AND_TERRITORIES: State[] };
  export default us;
}
