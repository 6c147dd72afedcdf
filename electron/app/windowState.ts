/**
 * The main window's size, position and maximised state, remembered in userData/window-state.json
 * (written atomically) and fitted back onto the screens present at the next start. No Electron imports.
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../src/files/atomicWrite';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };
export const MIN_SIZE = { width: 800, height: 560 } as const;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A stored value, checked field by field; anything unusable falls back to the defaults. */
export function parseWindowState(raw: unknown): WindowState {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_WINDOW_STATE;
  const r = raw as Record<string, unknown>;
  const width = finite(r.width) && r.width > 0 ? Math.round(r.width) : DEFAULT_WINDOW_STATE.width;
  const height = finite(r.height) && r.height > 0 ? Math.round(r.height) : DEFAULT_WINDOW_STATE.height;
  const maximized = r.maximized === true;
  if (finite(r.x) && finite(r.y)) return { x: Math.round(r.x), y: Math.round(r.y), width, height, maximized };
  return { width, height, maximized };
}

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const w = Math.min(a.x + a.width, b.x + b.width) - x;
  const h = Math.min(a.y + a.height, b.y + b.height) - y;
  return w > 0 && h > 0 ? { x, y, width: w, height: h } : null;
}

/**
 * Keeps a stored window usable on today's screens: no bigger than the largest work area, and placed
 * where its top strip is visible on some screen — otherwise centred (position dropped).
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const maxW = Math.max(...workAreas.map((a) => a.width));
  const maxH = Math.max(...workAreas.map((a) => a.height));
  const width = Math.max(Math.min(state.width, maxW), Math.min(MIN_SIZE.width, maxW));
  const height = Math.max(Math.min(state.height, maxH), Math.min(MIN_SIZE.height, maxH));
  if (state.x === undefined || state.y === undefined) return { width, height, maximized: state.maximized };
  const titleStrip: Rect = { x: state.x, y: state.y, width, height: 40 };
  const visible = workAreas.some((a) => {
    const o = overlap(titleStrip, a);
    return o !== null && o.width >= Math.min(100, width) && o.height >= 20;
  });
  return visible ? { x: state.x, y: state.y, width, height, maximized: state.maximized } : { width, height, maximized: state.maximized };
}

export class WindowStateStore {
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {}

  load(): WindowState {
    try {
      return parseWindowState(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      return DEFAULT_WINDOW_STATE;
    }
  }

  /** Writes are queued, so the last state saved is the one on disk. Failures are not fatal. */
  save(state: WindowState): Promise<void> {
    const text = `${JSON.stringify(parseWindowState(state), null, 2)}\n`;
    this.writing = this.writing.then(() => writeFileAtomic(this.file, text)).catch(() => undefined);
    return this.writing;
  }
}
