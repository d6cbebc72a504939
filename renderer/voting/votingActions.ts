import type { ReactFlowInstance } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/nodeSize';
import type { VoteTarget } from '../../shared/model';
import { analysisServiceFor } from '../analysis/analysisServiceFor';
import type { EditorController } from '../state/editorController';
import { sessionUiFor } from '../stickies/sessionUi';

/**
 * What V votes on: in the gap-analysis panel, the finding chosen there; on the map, the
 * selected sticky note, else the one selected node, else the finding brought forward. Findings are voted on by their stable id, with their
 * words kept so the tally can name them.
 */
export function currentVoteTarget(controller: EditorController): VoteTarget | null {
  const analysis = analysisServiceFor(controller).store.get();
  const finding = analysis.result?.findings.find((f) => f.id === analysis.selectedFindingId);
  // Working in the gap analysis panel, the finding just chosen is what is meant.
  if (finding && document.activeElement?.closest('.analysis-panel')) return { kind: 'finding', id: finding.id, label: finding.text };
  const stickyId = sessionUiFor(controller).get().selectedStickyId;
  if (stickyId) return { kind: 'sticky', id: stickyId };
  const { nodeIds } = controller.state.selection;
  if (nodeIds.length === 1) return { kind: 'node', id: nodeIds[0]! };
  if (finding) return { kind: 'finding', id: finding.id, label: finding.text };
  return null;
}

/** V: one participant votes straight away; with several, the picker asks whose dot it is. */
export function voteOnSelection(controller: EditorController, target: VoteTarget | null = currentVoteTarget(controller)): void {
  const doc = controller.state.doc;
  if (!doc) return;
  const ui = sessionUiFor(controller);
  const { participants } = doc.meta.voting;
  if (participants.length === 0) {
    ui.set({ panel: 'voting' });
    controller.notify('info', 'Set up dot voting first: say who is voting and how many dots each.');
    return;
  }
  if (!target) {
    controller.notify('info', 'Select a node, a sticky note or a gap-analysis finding first, then press V to vote on it.');
    return;
  }
  if (participants.length === 1) castVote(controller, participants[0]!.id, target);
  else ui.set({ dialog: 'votePicker', voteTarget: target });
}

export function castVote(controller: EditorController, participantId: string, target: VoteTarget): boolean {
  return controller.dispatch({ type: 'editVoting', args: { type: 'vote', participantId, target } });
}

/** Takes the user to a voted node or note on the map, selected. */
export function showVoteTarget(controller: EditorController, flow: ReactFlowInstance | null, target: VoteTarget): void {
  const doc = controller.state.doc;
  if (!doc) return;
  const ui = sessionUiFor(controller);
  if (target.kind === 'node' && doc.nodes[target.id]) {
    const node = doc.nodes[target.id]!;
    ui.set({ selectedStickyId: null });
    controller.select({ nodeIds: [node.id], linkIds: [] });
    void flow?.setCenter(node.x + NODE_WIDTH / 2, node.y + NODE_HEIGHT / 2, { zoom: Math.max(flow.getZoom(), 0.8), duration: 400 });
  } else if (target.kind === 'sticky') {
    const note = doc.meta.stickyNotes.find((n) => n.id === target.id);
    if (!note) return;
    controller.select({ nodeIds: [], linkIds: [] });
    ui.set({ selectedStickyId: note.id });
    void flow?.setCenter(note.x + note.width / 2, note.y + note.height / 2, { zoom: Math.max(flow.getZoom(), 0.8), duration: 400 });
  } else {
    const analysis = analysisServiceFor(controller);
    const finding = analysis.store.get().result?.findings.find((f) => f.id === target.id);
    if (finding) {
      if (analysis.store.get().selectedFindingId !== finding.id) analysis.selectFinding(finding, flow);
    } else controller.notify('info', 'Open Gap analysis to see this finding on the map. If the map has changed, it may no longer apply.');
  }
}
