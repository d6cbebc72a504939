/**
 * Which names matter most when there is not room for them all: what is selected first, then
 * what a finding or focus brings forward, then nodes the lens draws larger, then the
 * best-connected (the ones a room talks about). Faded nodes come last. Shared by the DOM
 * nodes' labels and the picture, so both show the same names.
 */
export function labelPriority(n: { selected: boolean; emphasised: boolean; faded: boolean; scale: number; degree: number }): number {
  return (n.selected ? 8e6 : 0) + (n.emphasised ? 4e6 : 0) - (n.faded ? 2e6 : 0) + n.scale * 1e5 + Math.min(n.degree, 9999);
}
