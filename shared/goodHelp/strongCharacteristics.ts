import { CHARACTERISTICS, CHARACTERISTIC_LABELS, REFLECTION_LEVEL_LABELS, type Characteristic, type MapNode } from '../model';
import { joinWords } from '../analysis/words';

/** Levels that say a characteristic is a strength: "Often true" and "Part of who we are". */
export const STRENGTH_LEVEL = 3;

export function strongCharacteristics(node: MapNode): Characteristic[] {
  return CHARACTERISTICS.filter((c) => (node.selfAssessment[c] ?? 0) >= STRENGTH_LEVEL);
}

/** "Power sharing is part of who they are; tailoring and scaffolding are often true." */
export function characteristicsSentence(node: MapNode): string | null {
  const byLevel = ([4, 3] as const)
    .map((level) => ({ level, names: CHARACTERISTICS.filter((c) => node.selfAssessment[c] === level).map((c) => CHARACTERISTIC_LABELS[c]) }))
    .filter((g) => g.names.length > 0);
  if (byLevel.length === 0) return null;
  const parts = byLevel.map(({ level, names }, i) => {
    const list = joinWords(names.map((n, j) => (i === 0 && j === 0 ? n : n.charAt(0).toLowerCase() + n.slice(1))));
    const verb = names.length === 1 ? 'is' : 'are';
    return `${list} ${verb} ${level === 4 ? 'part of who they are' : REFLECTION_LEVEL_LABELS[3].toLowerCase()}`;
  });
  return `${parts.join('; ')}.`;
}
