// Puts a map on the team server: one small HTTP request with the team's access key, answered
// with the map's id and its edit and view keys. The answer is validated like any other input.
import { accessKeySchema } from '../../shared/sync/accessKeys';
import type { TeamServerAddress } from '../../shared/sync/serverAddress';
import { createSharedMapResponseSchema, teamServerErrorSchema, type CreateSharedMapResponse } from '../../shared/sync/teamServerLimits';

export type CreateSharedMapResult = { ok: true; map: CreateSharedMapResponse } | { ok: false; message: string };

export async function createSharedMap(server: TeamServerAddress, accessKey: string, mapName: string, fetchImpl: typeof fetch = fetch): Promise<CreateSharedMapResult> {
  const key = accessKeySchema.safeParse(accessKey);
  if (!key.success) return { ok: false, message: 'That access key is not right: it starts with “ghm_team_” and is one long word. Copy it again from whoever runs your team’s server.' };
  let response: Response;
  try {
    response = await fetchImpl(`${server.httpUrl}/api/maps`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key.data}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: mapName.trim().slice(0, 200) || 'Untitled map' }),
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
    });
  } catch {
    return { ok: false, message: `Could not reach ${server.label}. Check the address and that you are online, then try again.` };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not one of ours (a proxy's error page, say); handled below.
  }
  if (response.ok) {
    const made = createSharedMapResponseSchema.safeParse(body);
    return made.success ? { ok: true, map: made.data } : { ok: false, message: `${server.label} answered, but not as a Good Help Map team server does. Check the address.` };
  }
  const error = teamServerErrorSchema.safeParse(body);
  if (error.success) return { ok: false, message: error.data.error };
  return { ok: false, message: `${server.label} refused (${response.status}). Check the address: it should be your team’s Good Help Map server.` };
}
