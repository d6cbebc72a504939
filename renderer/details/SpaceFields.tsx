import type { SpaceNode } from '../../shared/model';
import { DerivedCriteria } from '../analysis/DerivedCriteria';
import { useAppState } from '../app/controllerContext';
import { CheckboxGroup } from './fields/CheckboxGroup';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { SessionsEditor } from './SessionsEditor';

type Commit = (field: string, value: unknown) => string | null;

export function SpaceFields({ node, commit }: { node: SpaceNode; commit: Commit }) {
  const areas = useAppState((s) => s.doc?.meta.areas) ?? [];
  const audiences = useAppState((s) => s.doc?.meta.audiences) ?? [];
  const criteria = useAppState((s) => s.doc?.meta.criteria) ?? [];
  const ticked = criteria.filter((c) => !c.derived);
  const derived = criteria.filter((c) => c.derived);
  return (
    <>
      <SelectField label="Area" value={node.areaId} options={areas.map((a) => ({ value: a.id, label: a.name }))} onChange={(v) => commit('areaId', v)} />
      <TextField label="Address" value={node.address} onCommit={(t) => commit('address', t)} />
      <TextField label="Postcode" value={node.postcode} onCommit={(t) => commit('postcode', t.toUpperCase())} />
      <SessionsEditor sessions={node.sessions} onChange={(sessions) => commit('sessions', sessions)} />
      <CheckboxGroup
        legend="Who it welcomes"
        options={audiences.map((a) => ({ id: a.id, label: a.label }))}
        selected={node.audiences}
        onChange={(ids) => commit('audiences', ids)}
      />
      <CheckboxGroup
        legend="Safe-disclosure criteria it meets"
        options={ticked.map((c) => ({ id: c.id, label: c.label, ...(c.essential ? { note: 'essential' } : {}) }))}
        selected={node.criteriaMet}
        onChange={(ids) => commit('criteriaMet', ids)}
      />
      <DerivedCriteria spaceId={node.id} criteria={derived} />
    </>
  );
}
