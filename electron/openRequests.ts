import { isAbsolute, resolve } from 'node:path';
import type { OpenedFile } from '../shared/ipc/contract';

export const ASSOCIATED_EXTENSIONS = ['ghmap'] as const;

/**
 * The files an OS launch asks us to open: on Windows and Linux they arrive as command-line
 * arguments (first launch, or a second instance's argv), on macOS as `open-file` events.
 * Switches, the app's own path and anything not of our file type are ignored.
 */
export function filesFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((arg) => !arg.startsWith('-'))
    .filter((arg) => ASSOCIATED_EXTENSIONS.some((ext) => arg.toLowerCase().endsWith(`.${ext}`)))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
}

/**
 * Files waiting for the page to take them. The page may still be loading when the OS hands
 * us a file, so they wait here; each is handed over once. Read failures are kept as messages
 * so the page can say which file could not be opened.
 */
export class OpenQueue {
  private waiting: string[] = [];

  constructor(
    private readonly read: (path: string) => Promise<OpenedFile>,
    private readonly notify: () => void,
    private readonly onOpened: (path: string) => Promise<void> = async () => undefined,
  ) {}

  add(paths: readonly string[]): void {
    const fresh = paths.filter((p) => !this.waiting.includes(p));
    if (fresh.length === 0) return;
    this.waiting.push(...fresh);
    this.notify();
  }

  get size(): number {
    return this.waiting.length;
  }

  /** Reads and hands over every waiting file; the first that cannot be read is reported. */
  async take(): Promise<OpenedFile[]> {
    const paths = this.waiting.splice(0, 20);
    const files: OpenedFile[] = [];
    const problems: string[] = [];
    for (const path of paths) {
      try {
        files.push(await this.read(path));
        await this.onOpened(path);
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
    }
    if (problems.length && files.length === 0) throw new Error(problems.join(' '));
    return files;
  }
}
