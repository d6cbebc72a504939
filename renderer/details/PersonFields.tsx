import { PERSON_ROLES, type PersonNode } from '../../shared/model';
import { CheckboxField } from './fields/CheckboxField';
import { formatList, parseList } from './fields/parsers';
import { TextField } from './fields/TextField';

type Commit = (field: string, value: unknown) => string | null;

export function PersonFields({ node, commit }: { node: PersonNode; commit: Commit }) {
  return (
    <>
      <TextField label="Role" value={node.role} list="person-roles" onCommit={(t) => commit('role', t)} hint="Record a role rather than a full name where you can" />
      <datalist id="person-roles">
        {PERSON_ROLES.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <TextField label="Skills they offer" value={formatList(node.skills)} hint="Separate skills with commas" onCommit={(t) => commit('skills', parseList(t))} />
      <CheckboxField label="Self-identified Good Help advocate" checked={node.isAdvocate} onChange={(v) => commit('isAdvocate', v)} />
      <TextField
        label="Events and trainings attended"
        value={formatList(node.eventsAttended)}
        hint="Separate with commas"
        onCommit={(t) => commit('eventsAttended', parseList(t))}
      />
      <CheckboxField label="Sensitive" hint="leave out of shared copies" checked={node.sensitive} onChange={(v) => commit('sensitive', v)} />
      <TextField label="Contact" value={node.contact} onCommit={(t) => commit('contact', t)} />
    </>
  );
}
