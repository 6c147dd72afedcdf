/**
 * Gives tfjs's wasm backend a shared memory, so LayerLoom's kernel threads work on tensors in place.
 * tfjs's Node build defines its own (unshared) memory, and its threaded build does not load in Node;
 * copying each worker's share of a convolution into a separate shared memory and its output back cost
 * about 230 MB of copies per ResNet-20 step. Before the backend starts, `shareBackendMemory()` wraps
 * WebAssembly.instantiate once: when it is handed tfjs's binary (an Emscripten module that defines a
 * memory and imports emscripten_resize_heap), the memory definition is rewritten into an import of a
 * shared memory with the same limits, and that memory is passed in. Nothing else in the binary
 * changes; Emscripten's glue grows it as before. Any other module passes through untouched.
 */

const MEMORY_SECTION = 5;
const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;

let installed = false;
/** Set once tfjs's backend has started on a shared memory: later instantiations pass through. */
let shared = false;

/** Installs the rewrite for the next tfjs backend instantiation (idempotent). */
export function shareBackendMemory(): void {
  if (installed || typeof WebAssembly === 'undefined' || typeof SharedArrayBuffer === 'undefined') return;
  installed = true;
  const original = WebAssembly.instantiate.bind(WebAssembly) as (source: unknown, imports?: WebAssembly.Imports) => Promise<unknown>;
  const wrapped = (source: unknown, imports?: WebAssembly.Imports): Promise<unknown> => {
    if (!shared && imports && (source instanceof Uint8Array || source instanceof ArrayBuffer)) {
      const rewritten = importSharedMemory(source instanceof Uint8Array ? source : new Uint8Array(source));
      if (rewritten) {
        // A shared memory reserves its maximum (4 GB) up front; where that or the rewritten module fails
        // (a capped address space, an engine without threads), tfjs starts as it would have, unshared.
        let memory: WebAssembly.Memory;
        try {
          memory = new WebAssembly.Memory({ initial: rewritten.initial, maximum: rewritten.maximum, shared: true });
        } catch {
          return original(source, imports);
        }
        return original(rewritten.bytes, { ...imports, env: { ...(imports.env ?? {}), memory } }).then(
          (result) => {
            shared = true;
            return result;
          },
          () => original(source, imports),
        );
      }
    }
    return original(source, imports);
  };
  (WebAssembly as { instantiate: unknown }).instantiate = wrapped;
}

interface Section {
  readonly id: number;
  readonly at: number; // the id byte
  readonly start: number; // payload start
  readonly end: number;
}

function readLeb(bytes: Uint8Array, at: number): [value: number, next: number] {
  let value = 0;
  let shift = 0;
  let b: number;
  do {
    b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [value, at];
}

function leb(value: number): number[] {
  const out: number[] = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) b |= 0x80;
    out.push(b);
  } while (value > 0);
  return out;
}

function sections(bytes: Uint8Array): Section[] | null {
  if (bytes.length < 8 || bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d) return null;
  const out: Section[] = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readLeb(bytes, at + 1);
    out.push({ id, at, start, end: start + size });
    at = start + size;
  }
  return at === bytes.length ? out : null;
}

function contains(bytes: Uint8Array, s: Section | undefined, text: string): boolean {
  if (!s) return false;
  const needle = new TextEncoder().encode(text);
  outer: for (let i = s.start; i + needle.length <= s.end; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * tfjs's binary with its one defined memory turned into an imported shared one (env.memory, same
 * limits), or null when the bytes are not such a module.
 */
export function importSharedMemory(bytes: Uint8Array): { bytes: Uint8Array<ArrayBuffer>; initial: number; maximum: number } | null {
  const all = sections(bytes);
  if (!all) return null;
  const imports = all.find((s) => s.id === IMPORT_SECTION);
  const memory = all.find((s) => s.id === MEMORY_SECTION);
  const exports = all.find((s) => s.id === EXPORT_SECTION);
  if (!imports || !memory || !contains(bytes, imports, 'emscripten_resize_heap') || !contains(bytes, exports, 'FusedConv2D')) return null;
  const [count, limitsAt] = readLeb(bytes, memory.start);
  const flags = bytes[limitsAt];
  if (count !== 1 || flags !== 1) return null; // one memory with a maximum, not already shared
  const [initial, maxAt] = readLeb(bytes, limitsAt + 1);
  const [maximum, memoryEnd] = readLeb(bytes, maxAt);
  if (memoryEnd !== memory.end) return null;
  const [importCount, entriesAt] = readLeb(bytes, imports.start);
  const name = (s: string) => [...leb(s.length), ...new TextEncoder().encode(s)];
  const entry = [...name('env'), ...name('memory'), 0x02, 0x03, ...leb(initial), ...leb(maximum)];
  const importPayload = [...leb(importCount + 1), ...bytes.subarray(entriesAt, imports.end), ...entry];
  const parts: ArrayLike<number>[] = [bytes.subarray(0, 8)];
  for (const s of all) {
    if (s.id === MEMORY_SECTION) continue; // the memory is imported now
    if (s.id === IMPORT_SECTION) parts.push([IMPORT_SECTION, ...leb(importPayload.length)], importPayload);
    else parts.push(bytes.subarray(s.at, s.end));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return { bytes: out, initial, maximum };
}
