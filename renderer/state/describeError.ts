/** An error in plain words for a notice ("the disk is full" rather than QuotaExceededError). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'QuotaExceededError') return 'the disk is full';
    return error.message;
  }
  return String(error);
}
