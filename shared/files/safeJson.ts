import { FileProblem } from './fileProblem';

/** Keys that could reach an object's prototype if a later step copied them with `Object.assign`. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Any text in which JSON could spell one of those keys: the key itself in quotes, or any escape. */
const MAYBE_HOSTILE = /"(?:__proto__|constructor|prototype)"|\\u/;

/**
 * JSON.parse that drops prototype-pollution keys wherever they appear and explains in plain
 * words what is wrong with a damaged file, rather than quoting the parser.
 */
export function parseJsonSafely(fileName: string, text: string): unknown {
  try {
    // A reviver costs a call per value (about half of reading a 5,000-node file), so it runs only
    // when a hostile key could be there: written plainly, or hidden behind a \u escape. Without
    // it nothing overflows while parsing, so nesting no file could mean is refused here.
    if (!MAYBE_HOSTILE.test(text)) {
      if (nestingDepth(text) > MAX_DEPTH) throw new RangeError('nested too deeply');
      return JSON.parse(text);
    }
    return JSON.parse(text, (key, value: unknown) => (HOSTILE_KEYS.has(key) ? undefined : value));
  } catch (error) {
    // The reviver recurses once per level: a file nested thousands deep overflows the stack.
    // That is valid JSON, just not data anyone could have meant, so say that rather than "damaged".
    if (error instanceof RangeError) {
      throw new FileProblem(fileName, 'its contents are nested too deeply to be read (lists inside lists thousands of levels deep). It is not a map or a file another tool exports; check where it came from.');
    }
    const message = error instanceof Error ? error.message : String(error);
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    const endsEarly = /end of (JSON )?input/i.test(message) || position >= text.trimEnd().length;
    if (endsEarly && text.trim().length > 0) {
      throw new FileProblem(fileName, 'the file ends too early — it may have been cut short while it was copied or downloaded. Try copying it again.');
    }
    const where = Number.isFinite(position) ? lineAndColumn(text, position) : null;
    throw new FileProblem(fileName, `it is damaged or is not a Good Help Map file (it is not valid JSON${where ? ` at line ${where.line}, column ${where.column}` : ''}).`);
  }
}

/** Far deeper than any file the app reads (a map file is under ten levels), far shallower than a stack. */
const MAX_DEPTH = 1000;

/** How deeply the text's lists and objects nest, outside strings; a scan of the text, no parsing. */
function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash: the next character is escaped
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) max = depth;
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}
