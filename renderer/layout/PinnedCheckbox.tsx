import type { MapNode } from '../../shared/model';
import { CheckboxField } from '../details/fields/CheckboxField';

/** The details panel's "Pinned" box: a pinned node stays put whatever layout runs. */
export function PinnedCheckbox({ node, commit }: { node: MapNode; commit: (field: string, value: unknown) => string | null }) {
  return <CheckboxField label="Pinned" hint="layouts leave it where it is" checked={node.pinned} onChange={(checked) => commit('pinned', checked)} />;
}
