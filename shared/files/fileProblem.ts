/**
 * A file that cannot be used, with a message for the user that names the file and, where it
 * applies, the row or record and the field. Importers and the map-file reader never throw
 * anything else for bad input: callers show `message` as it is.
 */
export class FileProblem extends Error {
  override readonly name = 'FileProblem';
  constructor(
    readonly fileName: string,
    readonly detail: string,
    readonly where?: { readonly row?: number; readonly field?: string; readonly record?: string },
  ) {
    super(formatProblem(fileName, detail, where));
  }
}

function formatProblem(fileName: string, detail: string, where?: FileProblem['where']): string {
  const place = [
    where?.record,
    where?.row !== undefined ? `row ${where.row}` : undefined,
    where?.field !== undefined ? `field “${where.field}”` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return `“${fileName}” could not be used: ${place ? `${place}: ` : ''}${detail}`;
}

export type FileResult<T> = { readonly ok: true; readonly value: T; readonly warnings: readonly string[] } | { readonly ok: false; readonly error: string };

/** Runs work that reports bad input by throwing FileProblem; anything unexpected is still caught and named. */
export async function asFileResult<T>(fileName: string, work: () => Promise<{ value: T; warnings?: readonly string[] }> | { value: T; warnings?: readonly string[] }): Promise<FileResult<T>> {
  try {
    const { value, warnings = [] } = await work();
    return { ok: true, value, warnings };
  } catch (error) {
    if (error instanceof FileProblem) return { ok: false, error: error.message };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `“${fileName}” could not be used: ${detail}` };
  }
}

/** Turns display text from a file into a short, safe snippet for a message. */
export function quote(text: unknown, max = 40): string {
  const s = String(text ?? '').replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
