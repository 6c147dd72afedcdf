/** `layerloom summary`: FLOPs and MACs defined and shown, receptive fields per phase; text and JSON (in-process). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';

let out: string[];
beforeEach(() => {
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('layerloom COMMAND --help', () => {
  it('prints the command\'s usage and summary, exit 0, for every command', async () => {
    for (const name of ['summary', 'bench', 'train']) {
      out = [];
      expect(await main([name, '--help'])).toBe(0);
      expect(out.join('\n')).toMatch(new RegExp(`^Usage: layerloom ${name} `));
    }
    out = [];
    expect(await main(['bench', '-h'])).toBe(0);
    expect(out.join('\n')).toContain('--pairs N');
  });
});

describe('layerloom summary', () => {
  it('ResNet-50: 4.09 G MACs (torchvision\'s figure) and 8.22 G FLOPs, each defined', async () => {
    expect(await main(['summary', '--template', 'resnet50'])).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/Block \(kind\) +Output shape +Param # +FLOPs +MACs +RF \(size\/jump\)/);
    expect(text).toContain('FLOPs per image (forward): 8.22 G (a multiply-add counts as 2');
    expect(text).toContain('MACs per image: 4.09 G (multiply-accumulates of convolutions and dense layers');
    expect(text).toMatch(/layer4_2_relu \(Activation\) .* 427\/32 /);
  });

  it('--json gives MACs per block and in the totals, and the field per phase', async () => {
    expect(await main(['summary', '--template', 'resnet50', '--json'])).toBe(0);
    const json = JSON.parse(out.join('')) as { totals: { macs: number; flops: number }; blocks: { id: string; macs: number; receptiveField: { size: number; rows: unknown } }[] };
    expect(json.totals.macs).toBe(4_089_184_256);
    expect(json.totals.flops).toBeGreaterThan(2 * json.totals.macs);
    const conv1 = json.blocks.find((b) => b.id === 'conv1')!;
    expect(conv1.macs).toBe(112 * 112 * 64 * 7 * 7 * 3);
    expect(conv1.receptiveField).toMatchObject({ size: 7, rows: { period: 1, shift: 2, spans: [{ lo: -3, hi: 3 }] } });
  });
});
