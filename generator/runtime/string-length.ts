/**
 * String length for the generated validators' `maxLength` and `minLength`, shipped inside the
 * generated package as an ES module in place of AJV's CommonJS `ajv/dist/runtime/ucs2length` (see
 * formats.ts for why). A default export, because that is how AJV's code refers to it.
 */

/**
 * The length of a string in Unicode code points, as JSON Schema's `maxLength` and `minLength` count
 * it (a surrogate pair is one character). The same loop as AJV's `ucs2length`.
 */
export default function ucs2length(value: string): number {
  const length = value.length;
  let count = 0;
  let position = 0;
  while (position < length) {
    count++;
    const code = value.charCodeAt(position++);
    if (code >= 0xd800 && code <= 0xdbff && position < length && (value.charCodeAt(position) & 0xfc00) === 0xdc00) position++;
  }
  return count;
}
