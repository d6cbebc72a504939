import type { CustomFields, LinkType, NodeKind, OpeningSession } from '../model';

/** Where a record came from, for messages: the file, and the row or record in it. */
export interface SourcePlace {
  readonly fileName: string;
  readonly row?: number;
  readonly record?: string;
}

/** A thing to put on the map, as read from a spreadsheet or another tool's export. */
export interface ImportedElement {
  readonly place: SourcePlace;
  readonly id?: string;
  readonly name: string;
  readonly kind: NodeKind;
  readonly notes?: string;
  readonly tags?: readonly string[];
  readonly areaNames?: readonly string[];
  readonly role?: string;
  readonly orgType?: string;
  readonly website?: string;
  readonly contact?: string;
  /** The contact details with people's names as well as their roles, used only if the user chooses. */
  readonly contactWithNames?: string;
  readonly address?: string;
  readonly postcode?: string;
  readonly sessions?: readonly OpeningSession[];
  /** Subjects from the source's taxonomy (ORUK terms), matched to the map's help topics when planned. */
  readonly topicNames?: readonly string[];
  readonly x?: number;
  readonly y?: number;
  /** Columns or attributes that are none of ours, kept rather than dropped. */
  readonly customFields?: CustomFields;
}

/** A link to make, naming its ends by id or by name. */
export interface ImportedConnection {
  readonly place: SourcePlace;
  readonly id?: string;
  readonly from: string;
  readonly to: string;
  /** Null when the file gave no type, or one we do not know: a sensible one is chosen. */
  readonly type: LinkType | null;
  readonly notes?: string;
  readonly strength?: 1 | 2 | 3;
  readonly directed?: boolean;
  readonly customFields?: CustomFields;
}

export interface ImportBatch {
  readonly elements: readonly ImportedElement[];
  readonly connections: readonly ImportedConnection[];
  readonly warnings: readonly string[];
  /** What was read, in a sentence for the preview ("Read as one Open Referral UK dataset: …"). */
  readonly summary?: string;
}
