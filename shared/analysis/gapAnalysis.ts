import type { AreaCoverage } from './coverage';
import type { SpaceEvaluation } from './criteria';
import type { DeadEnd } from './deadEnds';
import type { Finding } from './findings/finding';
import type { Introduction } from './introductions';
import type { NearMiss } from './nearMisses';
import type { StaleData } from './staleData';
import type { AreaStrengths } from './strengths';
import type { AreaTimeGrid } from './timeGrid';
import type { UnlinkedTopic } from './topicReach';

export interface GapAnalysisOptions {
  /** "Today", for stale data: passed in so the analysis is repeatable. */
  readonly now: Date | string;
  /** Details checked this many months ago or more count as stale. Default 12. */
  readonly staleAfterMonths?: number;
  /** Seed for community detection. Default 1. */
  readonly seed?: number;
}

export interface CommunitySummary {
  readonly id: number;
  /** Best-connected first: the first names the group. */
  readonly nodeIds: readonly string[];
  readonly linksWithin: number;
  readonly linksOut: number;
  /** [community id, links] to each other community it touches, most first. */
  readonly linksTo: readonly (readonly [number, number])[];
  /** True when every member is outside the main network (those are reported as cut off). */
  readonly outsideMain: boolean;
}

export interface NetworkAnalysis {
  readonly nodeCount: number;
  readonly linkCount: number;
  readonly componentCount: number;
  readonly mainNetworkSize: number;
  readonly isolated: readonly { readonly nodeId: string; readonly introductions: readonly Introduction[] }[];
  /** Components other than the main network with two or more members. */
  readonly cutOff: readonly { readonly nodeIds: readonly string[]; readonly introductions: readonly Introduction[] }[];
  /** Groups of two or more that a single link holds on to the rest. */
  readonly hangingOnLink: readonly { readonly linkId: string; readonly nodeIds: readonly string[]; readonly introductions: readonly Introduction[] }[];
  /** Groups of two or more that a single node (a broker) holds on to the rest. */
  readonly hangingOnBroker: readonly { readonly brokerId: string; readonly nodeIds: readonly string[]; readonly introductions: readonly Introduction[] }[];
  readonly communities: readonly CommunitySummary[];
  readonly modularity: number;
  /** The nodes most often on the shortest paths between others, highest first. */
  readonly connectors: readonly { readonly nodeId: string; readonly betweenness: number }[];
  readonly betweennessExact: boolean;
}

/** The whole gap analysis of one map: plain data, so it can cross from a worker. */
export interface GapAnalysis {
  readonly mapId: string;
  readonly mapName: string;
  readonly generatedAt: string;
  readonly options: { readonly staleAfterMonths: number; readonly seed: number };
  readonly spaces: readonly SpaceEvaluation[];
  readonly coverage: readonly AreaCoverage[];
  readonly timeGrids: readonly AreaTimeGrid[];
  readonly nearMisses: readonly NearMiss[];
  readonly deadEnds: readonly DeadEnd[];
  readonly unlinkedTopics: readonly UnlinkedTopic[];
  readonly network: NetworkAnalysis;
  readonly stale: StaleData;
  readonly strengths: readonly AreaStrengths[];
  /** Every finding in plain English, strengths first, each naming the nodes it is about. */
  readonly findings: readonly Finding[];
  /** Milliseconds per stage, for the benchmark. */
  readonly timings: Readonly<Record<string, number>>;
}
