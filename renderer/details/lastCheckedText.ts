/** How long ago a node's details were confirmed, in words; over a year reads as stale. */
export function lastCheckedText(lastChecked: string | null, today: Date = new Date()): { text: string; stale: boolean } {
  if (!lastChecked) return { text: 'Not checked yet', stale: true };
  const [y, m, d] = lastChecked.split('-').map(Number) as [number, number, number];
  const months = (today.getUTCFullYear() - y) * 12 + (today.getUTCMonth() + 1 - m) - (today.getUTCDate() < d ? 1 : 0);
  const stale = months >= 12;
  if (months <= 0) return { text: 'Checked this month', stale };
  if (months < 12) return { text: `Checked ${months} month${months === 1 ? '' : 's'} ago`, stale };
  const years = Math.floor(months / 12);
  return { text: `Checked over ${years} year${years === 1 ? '' : 's'} ago — worth checking again`, stale };
}

export function todayIso(today: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}
