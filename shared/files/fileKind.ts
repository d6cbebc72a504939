/** Whether bytes look like a Good Help Map file, from the first few kilobytes alone. */
export function isMapFile(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  return /^\uFEFF?\s*\{[\s\S]*"format"\s*:\s*"good-help-map"/.test(head);
}
