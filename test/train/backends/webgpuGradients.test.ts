/**
 * Every catalog block trains correctly on webgpu: the loss, every weight's gradient and the moving
 * statistics equal cpu's from the same weights and data (on CI through SwiftShader, small shapes).
 * LayerLoom's own dilated-convolution gradient is registered there too and checked against the same
 * convolution with the dilation written into the filter.
 */
import { describe, expect, it } from 'vitest';
import { CASES, gradients } from './blockCases';
import { checkDilated, DILATED_CASES } from './dilatedCases';
import { expectClose, runOn, setUpBackends } from './gradHarness';
import { SLOW, webgpuOrSkip } from './webgpuHarness';

const gpu = await webgpuOrSkip('webgpuGradients');

describe.skipIf(!gpu)("every block's weight gradients on webgpu equal cpu's", SLOW, () => {
  it('the backend names its adapter', () => {
    expect(gpu!.name).toBe('webgpu');
    expect(gpu!.device?.adapter).toBeDefined();
    expect(gpu!.reason).toContain(gpu!.device!.summary);
  });

  for (const [name, c] of Object.entries(CASES)) {
    it(name, async () => {
      const fn = gradients(c.graph, c.batch ?? 2, c.training ?? true);
      expectClose(await runOn('webgpu', fn), await runOn('cpu', fn), 2e-4);
    });
  }

  it('UpSampling2D nearest, batch 2 (against wasm: cpu\'s gradient is wrong for batch > 1)', async () => {
    await setUpBackends();
    const c = CASES['UpSampling2D nearest (batch 1)'];
    const fn = gradients(c.graph, 2, true);
    expectClose(await runOn('webgpu', fn), await runOn('wasm', fn), 2e-4);
  });
});

describe.skipIf(!gpu)("LayerLoom's dilated Conv2D gradient on webgpu", SLOW, () => {
  for (const c of DILATED_CASES) it(c.name, () => checkDilated('webgpu', c));
});
