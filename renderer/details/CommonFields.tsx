import type { MapNode } from '../../shared/model';
import { TextField } from './fields/TextField';
import { formatList, parseList } from './fields/parsers';
import { lastCheckedText, todayIso } from './lastCheckedText';
import { PinnedCheckbox } from '../layout/PinnedCheckbox';
import { useNameFocus } from './nameFieldFocus';

type Commit = (field: string, value: unknown) => string | null;

export function NameField({ node, commit }: { node: MapNode; commit: Commit }) {
  const inputRef = useNameFocus(node.id);
  return <TextField label="Name" value={node.name} inputRef={inputRef} hint="Enter or Esc: back to the map" onCommit={(text) => commit('name', text)} />;
}

/** Tags, notes and when the details were last checked: the same for every kind. */
export function CommonFields({ node, commit }: { node: MapNode; commit: Commit }) {
  const checked = lastCheckedText(node.lastChecked);
  return (
    <>
      <TextField label="Tags" value={formatList(node.tags)} hint="Separate tags with commas" onCommit={(text) => commit('tags', parseList(text))} />
      <TextField label="Notes" multiline value={node.notes} onCommit={(text) => commit('notes', text)} />
      <div className="last-checked">
        <TextField
          label="Last checked"
          type="date"
          value={node.lastChecked ?? ''}
          onCommit={(text) => commit('lastChecked', text || null)}
        />
        <p className={`last-checked__status${checked.stale ? ' is-stale' : ''}`}>{checked.text}</p>
        <button type="button" className="button" onClick={() => commit('lastChecked', todayIso())}>
          Checked today
        </button>
      </div>
      <PinnedCheckbox node={node} commit={commit} />
    </>
  );
}
