import { z } from 'zod';
import { idSchema } from './ids';
import { defineRecordType } from './recordType';

/** What a dot can be put on: a node, a gap-analysis finding (by its stable id) or a sticky note. */
export const VOTE_TARGET_KINDS = ['node', 'finding', 'sticky'] as const;
export type VoteTargetKind = (typeof VOTE_TARGET_KINDS)[number];

export const voteTargetSchema = z.object({
  kind: z.enum(VOTE_TARGET_KINDS),
  id: z.string().min(1).max(300),
  /**
   * Findings are worked out, not stored, so the words voted on are kept with the vote: the
   * tally can still say what it was after the map changes and the finding goes away.
   */
  label: z.string().max(500).optional(),
});
export type VoteTarget = z.infer<typeof voteTargetSchema>;

export const participantSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'Each participant needs a name').max(100, 'Keep names under 100 characters'),
});
export type Participant = z.infer<typeof participantSchema>;

export const voteSchema = z.object({ id: idSchema, participantId: idSchema, target: voteTargetSchema });
export type Vote = z.infer<typeof voteSchema>;

export const MAX_DOTS_EACH = 20;

/** Dot voting for a workshop: who votes, how many dots each, and where the dots went. */
export const votingSchema = z.object({
  participants: z.array(participantSchema).max(200),
  dotsEach: z.number().int().min(1, 'Give each participant at least one dot').max(MAX_DOTS_EACH, `At most ${MAX_DOTS_EACH} dots each`),
  votes: z.array(voteSchema).max(4000),
  /** Kept hidden until the facilitator reveals it, so early votes do not sway later ones. */
  tallyHidden: z.boolean(),
});
export type Voting = z.infer<typeof votingSchema>;

export const NO_VOTING: Voting = { participants: [], dotsEach: 3, votes: [], tallyHidden: false };

/** Version 1 of each: participants and their dots as first released. */
export const PARTICIPANT_RECORD = defineRecordType<Participant>({ name: 'participant', version: 1, schema: participantSchema, migrations: [] });
export const VOTE_RECORD = defineRecordType<Vote>({ name: 'vote', version: 1, schema: voteSchema, migrations: [] });
