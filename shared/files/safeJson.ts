import { FileProblem } from './fileProblem';

/** Keys that could reach an object's prototype if a later step copied them with `Object.assign`. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse that drops prototype-pollution keys wherever they appear and explains in plain
 * words what is wrong with a damaged file, rather than quoting the parser.
 */
export function parseJsonSafely(fileName: string, text: string): unknown {
  try {
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

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}
