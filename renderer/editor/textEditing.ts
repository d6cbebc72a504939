/**
 * When the user is typing in a field, Undo, Copy and friends belong to the field, not to the
 * map. These helpers tell the two apart and hand the command to the browser's own editing.
 */
export function isEditingText(target: EventTarget | null = document.activeElement): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return target instanceof HTMLSelectElement;
}

export function runNativeTextCommand(command: 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'selectAll'): void {
  // execCommand is deprecated for rich editing but remains the only way to drive a text
  // field's own undo stack and clipboard from a menu, and Chromium supports it.
  document.execCommand(command);
}
