import './goodHelp.css';
import { projectQuality, suggestCategory } from '../../shared/goodHelp';
import { EVALUATION_CATEGORIES, EVALUATION_CATEGORY_LABELS, type ProjectNode } from '../../shared/model';
import { SelectField } from '../details/fields/SelectField';

type Commit = (field: string, value: unknown) => string | null;

const SHORT = { showcase: 'Showcase', tweak: 'Tweak', bigOpportunity: 'Big opportunity', unknownOpportunity: 'Unknown opportunity' } as const;

/** The category is the team's call; the figures only suggest one, and say why. */
export function CategoryChooser({ node, commit }: { node: ProjectNode; commit: Commit }) {
  const quality = projectQuality(node);
  const suggestion = suggestCategory({
    fidelity: node.fidelity,
    quality: quality.value,
    qualityResponses: quality.source === 'nps' ? quality.responses : null,
    stories: node.impactStories.length,
  });
  const { category } = suggestion;
  return (
    <div className="category-chooser">
      <SelectField
        label="Evaluation category"
        value={node.evaluationCategory}
        emptyLabel="Not decided yet"
        options={EVALUATION_CATEGORIES.map((c) => ({ value: c, label: EVALUATION_CATEGORY_LABELS[c] }))}
        onChange={(v) => commit('evaluationCategory', v)}
      />
      <div className="suggestion" role="status">
        {category ? (
          <>
            <p>
              <strong>Suggested: {SHORT[category]}</strong> — because {suggestion.reason}
            </p>
            {node.evaluationCategory === category ? (
              <p className="field__hint">This is the category chosen.</p>
            ) : (
              <button type="button" className="button" onClick={() => commit('evaluationCategory', category)}>
                Use suggestion
              </button>
            )}
          </>
        ) : (
          <p className="field__hint">No suggestion yet: {suggestion.reason}</p>
        )}
      </div>
    </div>
  );
}
