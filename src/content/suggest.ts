/** "Did you mean": the closest known name to a mistyped one, by edit distance. */
import didYouMean, { ReturnTypeEnums, ThresholdTypeEnums } from "didyoumean2";

/**
 * @example suggest("peple", ["people", "topics"]) // "people"
 */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (!candidates.length) return undefined;
  const hit = didYouMean(input, candidates as string[], {
    returnType: ReturnTypeEnums.FIRST_CLOSEST_MATCH,
    thresholdType: ThresholdTypeEnums.SIMILARITY,
    threshold: 0.4,
  });
  return hit ?? undefined;
}
