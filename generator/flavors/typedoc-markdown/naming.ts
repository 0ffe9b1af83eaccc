/**
 * Member names as TypeScript SDKs write them and as TypeDoc's HTML cuts them: the writer spells
 * members with `camelCase` when asked to, and the reader maps both spellings, and the cut ones of
 * flattened HTML, back to wire names.
 */
/**
 * The SDK convention of seed 004: split on `_` and capitalise every later segment
 * (`max_completion_tokens` → `maxCompletionTokens`, `top_p` → `topP`). Leading underscores stay.
 */
export function camelCase(name: string): string {
  return name.replace(/(?<=[A-Za-z0-9])_+([A-Za-z0-9])/g, (_match, next: string) => next.toUpperCase());
}

/** The first `<wbr/>` segment TypeDoc's `wbr()` cuts a name at (the whole name when it has none). */
export function firstWordBreakSegment(name: string): string {
  const match = /^[\s\S]*?(?:[^_-][_-](?=[^_-])|[^A-Z](?=[A-Z][^A-Z]))/.exec(name);
  return match === null ? name : match[0];
}
