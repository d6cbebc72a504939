import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { parseServerAddress, type TeamServerAddress } from '../shared/sync/serverAddress';
import { policyWithTeamServers } from '../shared/sync/teamServerPolicy';
import { CONTENT_SECURITY_POLICY } from './security';

const MAX_SERVERS = 20;
const fileSchema = z.array(z.string().max(500)).max(MAX_SERVERS);

/**
 * The Content-Security-Policy the app's pages are served with: the app's own policy, its
 * connect-src narrowed to `'self'` and the team servers this person chose (by sharing on one
 * or joining from an invite) — so the desktop app reaches no server it was not asked to, even
 * before the page's own script adds its narrowing policy.
 */
export function appContentSecurityPolicy(servers: readonly TeamServerAddress[]): string {
  return policyWithTeamServers(CONTENT_SECURITY_POLICY, servers);
}

/** The team servers this person chose, kept in the app's data folder and read at start. */
export class ChosenTeamServers {
  private servers: TeamServerAddress[];

  constructor(private readonly file: string) {
    this.servers = readServers(file);
  }

  get list(): readonly TeamServerAddress[] {
    return this.servers;
  }

  get policy(): string {
    return appContentSecurityPolicy(this.servers);
  }

  /** Adds a server (as the person typed it, or from an invite); false when it is not a server address. */
  async add(address: string): Promise<boolean> {
    const parsed = parseServerAddress(address);
    if (!parsed.ok) return false;
    if (this.servers.some((s) => s.httpUrl === parsed.address.httpUrl)) return true;
    this.servers = [...this.servers, parsed.address].slice(-MAX_SERVERS);
    await mkdir(dirname(this.file), { recursive: true });
    await writeFile(this.file, JSON.stringify(this.servers.map((s) => s.httpUrl)));
    return true;
  }
}

function readServers(file: string): TeamServerAddress[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) return [];
  return parsed.data.flatMap((text) => {
    const address = parseServerAddress(text);
    return address.ok ? [address.address] : [];
  });
}
