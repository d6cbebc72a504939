// The content-security policy's connect-src for a person's team servers. The app connects to
// nothing but itself until someone shares or joins; after that, to those servers' origins only
// (their websocket and their HTTP API), never to "any wss:". Each origin is rebuilt from a
// parsed URL and checked again, so nothing typed can smuggle another directive into the policy.
import type { TeamServerAddress } from './serverAddress';

const ORIGIN = /^(wss?|https?):\/\/[a-z0-9.-]+(:\d{1,5})?$|^(wss?|https?):\/\/\[[0-9a-f:]+\](:\d{1,5})?$/i;

/** `'self'` and the origins of the given servers, each once. */
export function teamServerConnectSources(servers: readonly TeamServerAddress[]): string[] {
  const sources = new Set<string>(["'self'"]);
  for (const server of servers) {
    for (const url of [server.websocketUrl, server.httpUrl]) {
      let origin: string;
      try {
        const parsed = new URL(url);
        origin = `${parsed.protocol}//${parsed.host}`;
      } catch {
        continue;
      }
      if (ORIGIN.test(origin)) sources.add(origin);
    }
  }
  return [...sources];
}

/** The policy with its connect-src replaced by `'self'` plus these servers. */
export function policyWithTeamServers(policy: string, servers: readonly TeamServerAddress[]): string {
  const directive = `connect-src ${teamServerConnectSources(servers).join(' ')}`;
  const parts = policy.split(';').map((part) => part.trim()).filter(Boolean);
  const index = parts.findIndex((part) => part.startsWith('connect-src'));
  if (index === -1) parts.push(directive);
  else parts[index] = directive;
  return parts.join('; ');
}
