/**
 * This editor window's id, which names its autosave slot in the engine. A new id per page load; the id of
 * the page this tab showed before (a reload) is kept in sessionStorage, so the reloaded page finds its own
 * autosave again. The engine knows which windows are connected, so it can tell a closed window's unsaved
 * work (offered) from that of a window still open (not offered).
 */
const ID_KEY = 'layerloom.windowId';

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

let ids: { readonly current: string; readonly previous: string | null } | null = null;

function claim(): { readonly current: string; readonly previous: string | null } {
  if (ids) return ids;
  let previous: string | null = null;
  try { previous = sessionStorage.getItem(ID_KEY); } catch { /* storage unavailable */ }
  const current = newId();
  try { sessionStorage.setItem(ID_KEY, current); } catch { /* storage unavailable */ }
  ids = { current, previous: previous && /^[0-9a-f]{24}$/.test(previous) ? previous : null };
  return ids;
}

/** This page's window id. */
export function windowId(): string {
  return claim().current;
}

/** The id of the page this tab showed before this one (null on a fresh tab). */
export function previousWindowId(): string | null {
  return claim().previous;
}
