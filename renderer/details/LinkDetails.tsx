import { useId } from 'react';
import { LINK_TYPES, LINK_TYPE_LABELS, REFERRAL_MODES, REFERRAL_MODE_LABELS } from '../../shared/model';
import { useAppState, useController } from '../app/controllerContext';
import { linkFieldCommitter } from './commitField';
import { CustomFieldsEditor } from './CustomFieldsEditor';
import { CheckboxField } from './fields/CheckboxField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';

const STRENGTHS = [
  { value: 1, label: 'Weak' },
  { value: 2, label: 'Ordinary' },
  { value: 3, label: 'Strong' },
] as const;

export function LinkDetails({ id }: { id: string }) {
  const controller = useController();
  const link = useAppState((s) => s.doc?.links[id]);
  const source = useAppState((s) => (link ? s.doc?.nodes[link.source]?.name : undefined));
  const target = useAppState((s) => (link ? s.doc?.nodes[link.target]?.name : undefined));
  const radioName = useId();
  if (!link) return null;
  const commit = linkFieldCommitter(controller, id);
  return (
    <div className="details details--link">
      <h2 className="details__kind">Link</h2>
      <dl className="details__ends">
        <dt>From</dt>
        <dd>{source}</dd>
        <dt>To</dt>
        <dd>{target}</dd>
      </dl>
      <SelectField
        label="Type"
        value={link.type}
        emptyLabel={null}
        options={LINK_TYPES.map((t) => ({ value: t, label: LINK_TYPE_LABELS[t] }))}
        onChange={(v) => v && commit('type', v)}
      />
      <CheckboxField
        label="One-way"
        hint={link.directed ? `${source} → ${target}` : 'goes both ways'}
        checked={link.directed}
        onChange={(v) => commit('directed', v)}
      />
      <button type="button" className="button" onClick={() => controller.dispatch({ type: 'updateLink', args: { id, changes: { source: link.target, target: link.source } } })}>
        Swap direction
      </button>
      <SelectField label="Strength" value={link.strength} emptyLabel={null} options={STRENGTHS} onChange={(v) => v && commit('strength', v)} />
      {link.type === 'refersTo' && (
        <fieldset className="field">
          <legend className="field__label">Referral</legend>
          {REFERRAL_MODES.map((mode) => (
            <label key={mode} className="radio">
              <input type="radio" name={radioName} checked={link.referralMode === mode} onChange={() => commit('referralMode', mode)} />
              {REFERRAL_MODE_LABELS[mode]}
            </label>
          ))}
        </fieldset>
      )}
      <TextField label="Notes" multiline value={link.notes} onCommit={(t) => commit('notes', t)} />
      <CustomFieldsEditor record={link} commit={commit} />
      <div className="details__footer">
        <button type="button" className="button button--danger" onClick={() => controller.dispatch({ type: 'deleteElements', args: { nodeIds: [], linkIds: [id] } })}>
          Delete this link
        </button>
      </div>
    </div>
  );
}
