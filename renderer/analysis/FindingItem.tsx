import { useReactFlow } from '@xyflow/react';
import { findingNameReach, fitBoundsUncovered } from '../canvas/fitMap';
import type { Finding } from '../../shared/analysis/findings/finding';
import type { LinkType, MapLink } from '../../shared/model';
import { useAppState, useController } from '../app/controllerContext';
import { useAnalysis, useAnalysisService } from './analysisServiceFor';

const pairCache = new WeakMap<object, Set<string>>();
/** Which pairs of nodes are linked, worked out once per version of the links. */
function linkedPairs(links: Readonly<Record<string, MapLink>>): Set<string> {
  let pairs = pairCache.get(links);
  if (!pairs) {
    pairs = new Set();
    for (const l of Object.values(links)) pairs.add(`${l.source}\u0000${l.target}`).add(`${l.target}\u0000${l.source}`);
    pairCache.set(links, pairs);
  }
  return pairs;
}

/**
 * One finding: a button that brings its nodes forward on the map (pressed while it is shown),
 * and any suggested introductions, each of which can be added as a link in one click.
 */
export function FindingItem({ finding }: { finding: Finding }) {
  const service = useAnalysisService();
  const controller = useController();
  const flow = useReactFlow();
  const selected = useAnalysis((s) => s.selectedFindingId === finding.id);
  const linked = useAppState((s) => {
    if (!s.doc || finding.introductions.length === 0) return '';
    const pairs = linkedPairs(s.doc.links);
    return finding.introductions.map((i) => (pairs.has(`${i.fromId}\u0000${i.toId}`) ? '1' : '0')).join('');
  });
  return (
    <li className={`finding finding--${finding.kind}`}>
      <button type="button" className="finding__button" aria-pressed={selected} onClick={() =>
          service.selectFinding(finding, {
            fitBounds: (bounds, options) => fitBoundsUncovered(flow, bounds, { padding: options?.padding ?? 0.2, duration: options?.duration ?? 400, boxes: options?.boxes, reach: findingNameReach(finding.nodeIds.map((id) => controller.state.doc?.nodes[id]?.name ?? '')) }),
          })
        }>
        {finding.text}
      </button>
      {finding.introductions.length > 0 && (
        <ul className="finding__intros" aria-label="Suggested introductions">
          {finding.introductions.map((intro, i) => (
            <li key={`${intro.fromId}-${intro.toId}`}>
              <span>{intro.text}</span>
              {linked[i] === '1' ? (
                <span className="finding__done">Linked</span>
              ) : (
                <button
                  type="button"
                  className="button finding__add"
                  aria-label={`Add link: ${intro.text.replace(/^Introduce /, '').replace(/ \(.*$/, '')}`}
                  onClick={() => controller.dispatch({ type: 'addLink', args: { source: intro.fromId, target: intro.toId, type: intro.linkType as LinkType } })}
                >
                  Add link
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
