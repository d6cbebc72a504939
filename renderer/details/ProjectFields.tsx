import { PROJECT_STATUSES, SUPPORT_KINDS, SUPPORT_KIND_LABELS, type ProjectNode } from '../../shared/model';
import { CategoryChooser } from '../goodHelp/CategoryChooser';
import { ImpactStories } from '../goodHelp/ImpactStories';
import { PromoterCountsFields } from '../goodHelp/PromoterCountsFields';
import { CheckboxGroup } from './fields/CheckboxGroup';
import { parseOptionalNumber } from './fields/parsers';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';

type Commit = (field: string, value: unknown) => string | null;

/**
 * A project's details and its evaluation as the seeds describe it: fidelity, quality (a net
 * promoter score), impact (stories), a suggested category the team can always change, and the
 * support offered.
 */
export function ProjectFields({ node, commit }: { node: ProjectNode; commit: Commit }) {
  return (
    <>
      <SelectField label="Status" value={node.status} options={PROJECT_STATUSES.map((s) => ({ value: s, label: s }))} onChange={(v) => commit('status', v)} />
      <TextField label="Lead" value={node.lead} hint="A role or an organisation" onCommit={(t) => commit('lead', t)} />
      <section className="details-section project-evaluation" aria-labelledby={`evaluation-${node.id}`}>
        <h3 id={`evaluation-${node.id}`} className="details-section__heading">
          Evaluation
        </h3>
        <TextField
          label="Fidelity (0–100)"
          inputMode="numeric"
          value={node.fidelity === null ? '' : String(node.fidelity)}
          hint="How closely the design matches proven Good Help practice"
          onCommit={(text) => {
            const n = parseOptionalNumber(text);
            return n === 'invalid' ? 'Enter a number from 0 to 100, or leave it empty' : commit('fidelity', n);
          }}
        />
        <PromoterCountsFields node={node} commit={commit} />
        <TextField label="Impact in a sentence" multiline value={node.impact} hint="What community members say about the difference it makes" onCommit={(t) => commit('impact', t)} />
        <ImpactStories node={node} commit={commit} />
        <CategoryChooser node={node} commit={commit} />
        <CheckboxGroup
          legend="Support offered"
          options={SUPPORT_KINDS.map((k) => ({ id: k, label: SUPPORT_KIND_LABELS[k] }))}
          selected={node.supportOffered}
          onChange={(ids) => commit('supportOffered', ids)}
        />
      </section>
    </>
  );
}
