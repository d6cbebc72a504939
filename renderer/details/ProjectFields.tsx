import { EVALUATION_CATEGORIES, EVALUATION_CATEGORY_LABELS, PROJECT_STATUSES, type ProjectNode } from '../../shared/model';
import { parseOptionalNumber } from './fields/parsers';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';

type Commit = (field: string, value: unknown) => string | null;

function numberCommit(commit: Commit, field: string) {
  return (text: string) => {
    const n = parseOptionalNumber(text);
    return n === 'invalid' ? 'Enter a number, or leave it empty' : commit(field, n);
  };
}

export function ProjectFields({ node, commit }: { node: ProjectNode; commit: Commit }) {
  return (
    <>
      <SelectField label="Status" value={node.status} options={PROJECT_STATUSES.map((s) => ({ value: s, label: s }))} onChange={(v) => commit('status', v)} />
      <TextField label="Lead" value={node.lead} hint="A role or an organisation" onCommit={(t) => commit('lead', t)} />
      <SelectField
        label="Evaluation category"
        value={node.evaluationCategory}
        options={EVALUATION_CATEGORIES.map((c) => ({ value: c, label: EVALUATION_CATEGORY_LABELS[c] }))}
        onChange={(v) => commit('evaluationCategory', v)}
      />
      <TextField
        label="Fidelity (0–100)"
        inputMode="numeric"
        value={node.fidelity === null ? '' : String(node.fidelity)}
        hint="How closely the design matches Good Help practice"
        onCommit={numberCommit(commit, 'fidelity')}
      />
      <TextField
        label="Quality (net promoter score, −100 to 100)"
        inputMode="numeric"
        value={node.quality === null ? '' : String(node.quality)}
        onCommit={numberCommit(commit, 'quality')}
      />
      <TextField label="Impact" multiline value={node.impact} hint="What community members say about the difference it makes" onCommit={(t) => commit('impact', t)} />
    </>
  );
}
