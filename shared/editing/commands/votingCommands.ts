import { plural } from '../../analysis/words';
import { MAX_DOTS_EACH, newId, voteTargetSchema, type Id, type VoteTarget, type Voting } from '../../model';
import { dotsUsed, liveVotes, participantsFor, sameTarget } from '../../voting/votingRules';
import type { MapDocument } from '../mapDocument';
import { refuse, type EditOutcome } from './editResult';
import { metaEdit } from './metaEdit';
import { validationMessage } from './validationMessage';

/** Dot voting is part of the map record, so setting it up, voting and clearing all undo. */
export type VotingEdit =
  | { readonly type: 'setup'; readonly names: readonly string[]; readonly dotsEach: number }
  | { readonly type: 'vote'; readonly participantId: Id; readonly target: VoteTarget; readonly voteId?: Id }
  | { readonly type: 'unvote'; readonly participantId: Id; readonly target: VoteTarget }
  | { readonly type: 'clear' }
  | { readonly type: 'setTallyHidden'; readonly hidden: boolean };

export function editVoting(doc: MapDocument, edit: VotingEdit): EditOutcome {
  const voting = doc.meta.voting;
  let next: Voting;
  let label: string;
  if (edit.type === 'setup') {
    if (!Number.isInteger(edit.dotsEach) || edit.dotsEach < 1 || edit.dotsEach > MAX_DOTS_EACH) {
      return refuse(`Give each participant a whole number of dots from 1 to ${MAX_DOTS_EACH}.`);
    }
    const participants = participantsFor(edit.names, voting.participants, newId);
    if (participants.length === 0) return refuse('Add at least one participant, or a number of tables.');
    const live = liveVotes(doc);
    const over = participants.find((p) => dotsUsed(live, p.id) > edit.dotsEach);
    if (over) return refuse(`${over.name} has already placed ${plural(dotsUsed(live, over.id), 'dot')}. Clear the votes first, or give at least that many dots each.`);
    const ids = new Set(participants.map((p) => p.id));
    next = { ...voting, participants, dotsEach: edit.dotsEach, votes: voting.votes.filter((v) => ids.has(v.participantId)) };
    label = 'Set up dot voting';
  } else if (edit.type === 'vote') {
    const participant = voting.participants.find((p) => p.id === edit.participantId);
    if (!participant) return refuse('Set up dot voting first: Session ▸ Dot voting…');
    const target = voteTargetSchema.safeParse(edit.target);
    if (!target.success) return refuse(validationMessage(target.error));
    const missing = targetMissing(doc, target.data);
    if (missing) return refuse(missing);
    const used = dotsUsed(liveVotes(doc), participant.id);
    if (used >= voting.dotsEach) {
      return refuse(`${participant.name} has used ${voting.dotsEach === 1 ? 'their one dot' : `all ${voting.dotsEach} dots`}. Take one back first (in the tally), or give everyone more dots.`);
    }
    next = { ...voting, votes: [...voting.votes, { id: edit.voteId ?? newId(), participantId: participant.id, target: target.data }] };
    label = `Vote (${participant.name})`;
  } else if (edit.type === 'unvote') {
    const index = voting.votes.findLastIndex((v) => v.participantId === edit.participantId && sameTarget(v.target, edit.target));
    if (index < 0) return refuse('There is no dot of theirs there to take back.');
    next = { ...voting, votes: voting.votes.filter((_, i) => i !== index) };
    label = 'Take back a dot';
  } else if (edit.type === 'clear') {
    if (voting.votes.length === 0) return refuse('There are no votes to clear.');
    next = { ...voting, votes: [] };
    label = 'Clear votes';
  } else {
    if (voting.tallyHidden === edit.hidden) return refuse(edit.hidden ? 'The tally is already hidden.' : 'The tally is already showing.');
    next = { ...voting, tallyHidden: edit.hidden };
    label = edit.hidden ? 'Hide the tally' : 'Reveal the tally';
  }
  return metaEdit(doc, { voting: next }, label);
}

function targetMissing(doc: MapDocument, target: VoteTarget): string | null {
  if (target.kind === 'node' && !doc.nodes[target.id]) return 'That node is no longer on the map.';
  if (target.kind === 'sticky' && !doc.meta.stickyNotes.some((n) => n.id === target.id)) return 'That sticky note is no longer on the map.';
  return null;
}
