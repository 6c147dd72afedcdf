/**
 * No recursion a large graph can overflow (issue 13, item 5): tfjs builds models recursively, so a chain
 * of 5,000 blocks overflowed the stack while compiling (a 20k-block graph in train); such a network is
 * now refused up front with the reason. `layerloom summary` reads and prints a 300k-block chain.
 */
import { spawnSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { newProject, serializeProject, type Project } from '../../src/graph/projectFile';
import type { Graph } from '../../src/graph/types';
import { MAX_NETWORK_DEPTH } from '../../src/train/sessionPrepare';
import { TrainingSession } from '../../src/train/session';
import { cpuBackend, tempDir, tinyData, tinyProject } from './helpers';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'layerloom.js');

/** Input 16×16×1 → n ReLU blocks → Flatten → Output(3). */
function chain(n: number): Graph {
  const nodes: Graph['nodes'][number][] = [{ id: 'input', kind: 'Input', params: { height: 16, width: 16, channels: 1 }, position: { x: 0, y: 0 } }];
  const edges: Graph['edges'][number][] = [];
  let prev = 'input';
  for (let i = 0; i < n; i++) {
    nodes.push({ id: `a${i}`, kind: 'Activation', params: { activation: 'relu' }, position: { x: 0, y: 0 } });
    edges.push({ id: `e${i}`, source: prev, target: `a${i}` });
    prev = `a${i}`;
  }
  nodes.push({ id: 'flat', kind: 'Flatten', params: {}, position: { x: 0, y: 0 } }, { id: 'output', kind: 'Output', params: { classes: 3 }, position: { x: 0, y: 0 } });
  edges.push({ id: 'ef', source: prev, target: 'flat' }, { id: 'eo', source: 'flat', target: 'output' });
  return { nodes, edges };
}

describe('large graphs', () => {
  it('a 20,000-block network is refused cleanly before compiling, saying how deep is too deep', async () => {
    const parent = await tempDir();
    const s = new TrainingSession({ project: tinyProject({ epochs: 1 }, chain(20_000)), data: await tinyData(), outDir: join(parent, 'run'), tf, backendChoice: await cpuBackend() });
    const final = await s.run();
    expect(final).toMatchObject({ type: 'error', where: 'compile', messageCode: { code: 'train.error.tooDeep', params: { depth: 20_003, max: MAX_NETWORK_DEPTH } } });
    expect(await readdir(parent)).toEqual([]);
  });

  it('a network at the depth limit still trains', async () => {
    const s = new TrainingSession({ project: tinyProject({ epochs: 1, limit: 48, batchSize: 16 }, chain(MAX_NETWORK_DEPTH - 3)), data: await tinyData(), outDir: join(await tempDir(), 'run'), tf, backendChoice: await cpuBackend() });
    const final = await s.run();
    expect(final.type, JSON.stringify(final).slice(0, 300)).toBe('done');
  }, 180_000);

  it('layerloom summary prints a 300,000-block chain', async () => {
    const file = join(await tempDir(), 'chain.layerloom.json');
    const project: Project = newProject(chain(300_000), { name: 'long chain' });
    await writeFile(file, serializeProject(project));
    const r = spawnSync(process.execPath, [BIN, 'summary', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(r.status, r.stderr.slice(0, 500)).toBe(0);
    expect(r.stdout).toContain('Model: "long chain" — 300003 blocks');
    expect(r.stdout.split('\n').filter((l) => /^a\d+ \(Activation\)/.test(l))).toHaveLength(300_000);
  }, 300_000);
});
