import type { NetworkIndex } from './networkIndex';

/**
 * A fingerprint of the network's shape: node ids in order and who links to whom. Most edits
 * (a name, a session, a tick) leave it unchanged, so the costly whole-network measures can be
 * reused. FNV-1a over the ids and both link-end arrays, with the counts, as two 32-bit halves.
 */
export function structureKey(index: NetworkIndex): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const mix = (x: number) => {
    a = Math.imul(a ^ x, 0x01000193) >>> 0;
    b = Math.imul(b ^ (x + 0x9e3779b9), 0x85ebca6b) >>> 0;
  };
  for (const node of index.nodes) {
    for (let i = 0; i < node.id.length; i++) mix(node.id.charCodeAt(i));
    mix(-1);
  }
  for (let k = 0; k < index.links.length; k++) {
    mix(index.linkSource[k]!);
    mix(index.linkTarget[k]!);
  }
  return `${index.nodes.length}:${index.links.length}:${a.toString(36)}:${b.toString(36)}`;
}
