/** Provenance filters. */
export { waybackUrl } from "../publish/provenance.ts";
