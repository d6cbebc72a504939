import { ORGANISATION_TYPES, type OrganisationNode } from '../../shared/model';
import { useAppState } from '../app/controllerContext';
import { CheckboxGroup } from './fields/CheckboxGroup';
import { TextField } from './fields/TextField';

type Commit = (field: string, value: unknown) => string | null;

export function OrganisationFields({ node, commit }: { node: OrganisationNode; commit: Commit }) {
  const topics = useAppState((s) => s.doc?.meta.helpTopics) ?? [];
  const areas = useAppState((s) => s.doc?.meta.areas) ?? [];
  return (
    <>
      <TextField label="Type" value={node.orgType} list="organisation-types" onCommit={(t) => commit('orgType', t)} />
      <datalist id="organisation-types">
        {ORGANISATION_TYPES.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <CheckboxGroup
        legend="Help topics offered"
        options={topics.map((t) => ({ id: t.id, label: t.label }))}
        selected={node.helpTopics}
        onChange={(ids) => commit('helpTopics', ids)}
      />
      <CheckboxGroup
        legend="Areas served"
        options={areas.map((a) => ({ id: a.id, label: a.name }))}
        selected={node.areasServed}
        onChange={(ids) => commit('areasServed', ids)}
        empty="This map has no areas yet."
      />
      <TextField label="Website" type="url" value={node.website} onCommit={(t) => commit('website', t)} />
      <TextField label="Contact" value={node.contact} onCommit={(t) => commit('contact', t)} />
    </>
  );
}
