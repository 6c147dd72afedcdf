/**
 * The templates against torchvision's own models, measured in PyTorch (./torchvision_reference.py): the
 * receptive field of every convolution, pooling and residual-block output (gradients of a linearised copy
 * with constant positive weights) and the multiply-accumulates (MACs) of the whole model equal what
 * analyze() reports for the corresponding blocks. Skips, saying why once, where PyTorch is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/graph/analyze';
import type { Analysis } from '../../src/graph/analysisTypes';
import { nextField } from '../../src/graph/receptiveField';
import { getTemplate } from '../../src/graph/templates/index';

/** Debian's python3-torch lives in the system Python; a pyenv/venv `python3` on PATH may not see it. */
const PYTHON = process.env.LAYERLOOM_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
const MODELS = ['resnet18', 'resnet34', 'resnet50', 'alexnet', 'vgg11', 'vgg16', 'vgg19'] as const;

interface Measured { readonly macs: number; readonly fields: Readonly<Record<string, number>>; readonly order: readonly string[] }

const hasTorch = spawnSync(PYTHON, ['-c', 'import torch, torchvision'], { encoding: 'utf8' }).status === 0;
if (!hasTorch) console.log(`torchvision reference skipped: ${PYTHON} cannot import torch and torchvision (apt-get install python3-torch python3-torchvision)`);

function measureAll(): Record<string, Measured> {
  const py = spawnSync(PYTHON, [join(__dirname, 'torchvision_reference.py'), ...MODELS], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (py.status !== 0) throw new Error(`torchvision_reference.py failed:\n${py.stderr}`);
  return JSON.parse(py.stdout) as Record<string, Measured>;
}

/** The template block a torchvision module corresponds to, and its field (null: no counterpart). */
function templateField(model: string, a: Analysis, module: string, nth: Map<string, string>): number | null {
  if (!model.startsWith('resnet')) {
    const id = nth.get(module);
    return id ? a.nodes[id].receptiveField!.size : null;
  }
  const projection = /^(layer\d)\.(\d+)\.downsample\.0$/.exec(module);
  if (projection) {
    // The shortcut's 1×1 projection lives inside the Add block: its field is the shortcut input's through that map.
    const add = a.nodes[`${projection[1]}_${projection[2]}_add`];
    const effect = add.receptiveFieldEffect!;
    if (effect.type !== 'inputs') return null;
    const i = effect.maps.findIndex((m) => m !== null);
    const input = a.nodes[add.inputIds[i]];
    return nextField([input.receptiveField!], { type: 'map', ...effect.maps[i]! }, add.outputShape!, 224, () => []).size;
  }
  const id = /^layer\d\.\d+$/.test(module) ? `${module.replace('.', '_')}_relu` : module.replace(/\./g, '_');
  return a.nodes[id]?.receptiveField?.size ?? null;
}

describe.skipIf(!hasTorch)('templates against torchvision, measured in PyTorch', () => {
  let measured: Record<string, Measured> = {};
  const rows: string[] = [];
  beforeAll(() => {
    measured = measureAll();
  }, 120_000);

  it.each(MODELS)('%s: every conv, pool and block output has the measured receptive field; MACs are equal', (model) => {
    const m = measured[model];
    const a = analyze(getTemplate(model)!.build());
    expect(a.totals.macs).toBe(m.macs);
    // VGG and AlexNet: the k-th conv or pool of torchvision's `features` is the template's k-th Conv2D or MaxPool2D.
    const spatial = a.order.filter((id) => ['Conv2D', 'MaxPool2D'].includes(a.nodes[id].kind));
    const nth = new Map(m.order.map((name, k) => [name, spatial[k]]));
    let compared = 0;
    for (const module of m.order) {
      const got = templateField(model, a, module, nth);
      expect(got, `${model} ${module}: no template block`).not.toBeNull();
      expect(got, `${model} ${module}`).toBe(m.fields[module]);
      compared++;
    }
    rows.push(`${model.padEnd(9)} ${String(compared).padStart(3)} blocks, last field ${m.fields[m.order[m.order.length - 1]]}, MACs ${m.macs.toLocaleString('en-US')}`);
  }, 120_000);

  it('prints what was compared', () => {
    console.log(['torchvision reference (measured in PyTorch = analyze()):', ...rows].join('\n'));
    expect(rows.length).toBe(MODELS.length);
  });
});
