import './goodHelp.css';
import { netPromoterScore, projectQuality, responsesOf } from '../../shared/goodHelp';
import { NO_RESPONSES, type ProjectNode, type PromoterCounts } from '../../shared/model';
import { TextField } from '../details/fields/TextField';
import { parseOptionalNumber } from '../details/fields/parsers';

type Commit = (field: string, value: unknown) => string | null;

const PARTS: readonly { key: keyof PromoterCounts; label: string; hint: string }[] = [
  { key: 'promoters', label: 'Promoters', hint: 'answered 9 or 10' },
  { key: 'passives', label: 'Passives', hint: 'answered 7 or 8' },
  { key: 'detractors', label: 'Detractors', hint: 'answered 0 to 6' },
];

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}

/**
 * Quality as the seeds suggest, a net promoter score: how many people would recommend the
 * project. The score is worked out from the counts; with no answers a figure from elsewhere
 * can be typed instead.
 */
export function PromoterCountsFields({ node, commit }: { node: ProjectNode; commit: Commit }) {
  const counts = node.promoterCounts ?? NO_RESPONSES;
  const responses = responsesOf(node.promoterCounts);
  const nps = netPromoterScore(node.promoterCounts);
  const quality = projectQuality(node);
  return (
    <fieldset className="field nps">
      <legend className="field__label">Quality: would people recommend it?</legend>
      <div className="nps__counts">
        {PARTS.map((p) => (
          <TextField
            key={p.key}
            label={p.label}
            hint={p.hint}
            inputMode="numeric"
            value={node.promoterCounts ? String(counts[p.key]) : ''}
            onCommit={(text) => {
              const n = parseOptionalNumber(text);
              if (n === 'invalid' || (n !== null && (!Number.isInteger(n) || n < 0))) return 'Enter a whole number of people';
              const next = { ...counts, [p.key]: n ?? 0 };
              return commit('promoterCounts', responsesOf(next) === 0 ? null : next);
            }}
          />
        ))}
      </div>
      <p className="nps__score" aria-live="polite">
        {nps === null ? (
          'No answers yet, so no net promoter score.'
        ) : (
          <>
            Net promoter score: <strong>{signed(nps)}</strong> from {responses === 1 ? 'one person' : `${responses} people`}
          </>
        )}
      </p>
      {quality.source !== 'nps' && (
        <TextField
          label="Or a quality figure from elsewhere (−100 to 100)"
          inputMode="numeric"
          value={node.quality === null ? '' : String(node.quality)}
          onCommit={(text) => {
            const n = parseOptionalNumber(text);
            return n === 'invalid' ? 'Enter a number, or leave it empty' : commit('quality', n);
          }}
        />
      )}
    </fieldset>
  );
}
