/** "Did you mean": the closest known name to a mistyped one, by edit distance. */
import didYouMean, { ReturnTypeEnums, ThresholdTypeEnums } from "didyoumean2";
import { MAX_ID_LENGTH } from "../schema.ts";

/**
 * Nothing longer than an id is compared: edit distance takes time in the product of the two
 * lengths, and a name that long is not a typo of a short one anyway.
 * @example suggest("peple", ["people", "topics"]) // "people"
 * @example suggest("x".repeat(1_000_000), ["people"]) // undefined
 */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > MAX_ID_LENGTH) return undefined;
  const short = candidates.filter((c) => c.length <= MAX_ID_LENGTH);
  if (!short.length) return undefined;
  const hit = didYouMean(input, short, {
    returnType: ReturnTypeEnums.FIRST_CLOSEST_MATCH,
    thresholdType: ThresholdTypeEnums.SIMILARITY,
    threshold: 0.4,
  });
  return hit ?? undefined;
}
