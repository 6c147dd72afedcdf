/**
 * The webgpu backend for tests: on a machine without a GPU (CI) Dawn needs a software Vulkan driver, so
 * the SwiftShader that Chromium ships is located and given to the Vulkan loader before Dawn starts.
 * Where no adapter can be had at all, the webgpu tests skip and say why, once.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectBackend, type BackendChoice } from '../../../src/train/backends/selectBackend';
import { findSwiftShaderIcd } from '../../../src/train/backends/webgpu/swiftShaderIcd';

/**
 * SwiftShader runs the GPU's work on the CPU and compiles every shader on first use: a few seconds a test on
 * an idle machine, many times that on a busy one. These are correctness tests, so they get time.
 */
export const SLOW = { timeout: 300_000 };

let choice: Promise<BackendChoice | string> | undefined;

/** The webgpu backend (set as tfjs's backend), or the reason there is none. */
export function webgpuForTests(): Promise<BackendChoice | string> {
  choice ??= (async () => {
    const icd = findSwiftShaderIcd();
    // A real GPU is used when Dawn finds one; SwiftShader only where there is none (as on CI).
    if (icd && !process.env.LAYERLOOM_TEST_REAL_GPU) {
      process.env.VK_ICD_FILENAMES = icd;
      process.env.XDG_RUNTIME_DIR ??= mkdtempSync(join(tmpdir(), 'layerloom-xdg-'));
    }
    try {
      return await selectBackend('webgpu');
    } catch (err) {
      return (err as Error).message;
    }
  })();
  return choice;
}

/** For describe.skipIf: the backend, or null after printing why the webgpu tests skip. */
export async function webgpuOrSkip(file: string): Promise<BackendChoice | null> {
  const c = await webgpuForTests();
  if (typeof c !== 'string') return c;
  console.log(`[${file}] webgpu tests skipped: ${c}`);
  return null;
}
