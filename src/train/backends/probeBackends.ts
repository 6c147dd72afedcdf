/**
 * Every compute backend, tried here one by one (`layerloom backends`): whether it loads, on what device,
 * whether `auto` would take it, and when it does not load, the exact reason and the fix. Each is activated
 * in turn, so this changes tfjs's current backend; it ends on the one `auto` picks.
 */
import * as tf from '@tensorflow/tfjs';
import { BACKEND_NAMES, type BackendName } from '../../graph/projectFile';
import { CANDIDATES, firstLine, installedImport, type DeviceFacts, type ImportModule } from './backendCandidates';
import { activateBackend } from './selectBackend';

export interface BackendStatus {
  readonly name: BackendName;
  readonly description: string;
  /** It loads and starts here (asked for by name). */
  readonly available: boolean;
  readonly device?: DeviceFacts;
  /** Why it does not load, and what to do about it. */
  readonly why?: string;
  readonly fix?: string;
  /** Available, but `auto` passes it over (a software GPU adapter): why. */
  readonly autoSkips?: string;
}

export interface BackendsReport {
  readonly backends: readonly BackendStatus[];
  /** What `auto` takes here. */
  readonly auto: BackendName | null;
}

const defaultImport: ImportModule = installedImport;

async function probe(name: BackendName, importModule: ImportModule): Promise<BackendStatus> {
  const description = CANDIDATES[name].description;
  let device: DeviceFacts | undefined;
  try {
    device = await activateBackend(name, importModule, true);
  } catch (err) {
    return { name, description, available: false, why: firstLine(err), fix: CANDIDATES[name].fix() };
  }
  const base = { name, description, available: true, ...(device ? { device } : {}) };
  if (!device?.adapter?.software) return base;
  // What auto would say about it (it refuses software adapters).
  const autoSkips = await activateBackend(name, importModule, false).then(() => undefined, (err: unknown) => firstLine(err));
  return autoSkips ? { ...base, autoSkips } : base;
}

export async function probeBackends(importModule: ImportModule = defaultImport): Promise<BackendsReport> {
  const backends: BackendStatus[] = [];
  for (const name of BACKEND_NAMES) backends.push(await probe(name, importModule));
  const auto = backends.find((b) => b.available && !b.autoSkips)?.name ?? null;
  if (auto) await tf.setBackend(CANDIDATES[auto].tfName);
  return { backends, auto };
}

/** The report for a terminal: one block per backend, then what auto takes. */
export function formatBackends(report: BackendsReport): string {
  const width = Math.max(...report.backends.map((b) => b.name.length));
  const pad = ' '.repeat(width + 9);
  const lines = ["Compute backends, in auto's order:"];
  for (const b of report.backends) {
    const head = `  ${b.name.padEnd(width)}  ${b.available ? 'yes' : 'no '}  `;
    if (b.available) {
      lines.push(`${head}${b.description}${b.device ? ` on ${b.device.summary}` : ''}`);
      if (b.autoSkips) lines.push(`${pad}auto passes it over: ${b.autoSkips}`);
    } else {
      lines.push(`${head}${b.why}`, `${pad}fix: ${b.fix}`);
    }
  }
  lines.push(report.auto ? `auto takes: ${report.auto}` : 'auto finds no backend: reinstall dependencies ("npm ci")');
  return lines.join('\n');
}
