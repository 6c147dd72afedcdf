/** A tiny model and project for training tests (16×16 gray synthetic shapes, 3 classes). */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { openDataset, type Dataset } from '../../src/data/index';
import { GraphBuilder } from '../../src/graph/templates/graphBuilder';
import { newProject, type Project, type TrainingSettings } from '../../src/graph/projectFile';
import type { Graph } from '../../src/graph/types';
import type { BackendChoice } from '../../src/train/backends/selectBackend';

export const INPUT = [16, 16, 1] as const;

export function tinyGraph(classes = 3, softmax = true): Graph {
  const b = new GraphBuilder();
  b.add('input', 'Input', { height: INPUT[0], width: INPUT[1], channels: INPUT[2] });
  b.add('conv', 'Conv2D', { filters: 4, kernel: 3, activation: 'relu' });
  b.add('pool', 'MaxPool2D', { pool: 2 });
  b.add('flat', 'Flatten');
  b.add('output', 'Output', { classes, softmax });
  return b.build();
}

export function tinyProject(training: Partial<TrainingSettings> = {}, graph = tinyGraph()): Project {
  const p = newProject(graph, { name: 'tiny' });
  return { ...p, training: { ...p.training, data: 'synthetic', batchSize: 16, epochs: 3, learningRate: 0.01, ...training } };
}

let cached: Promise<Dataset> | undefined;
/** 120 synthetic images (3 classes), shared by the tests of one file. */
export function tinyData(): Promise<Dataset> {
  cached ??= openDataset({ source: { synthetic: { classes: 3 } }, input: INPUT, limit: 120, seed: 1 });
  return cached;
}

/** Trains on the pure-JS cpu backend: fast enough for these tiny models and identical everywhere. */
export async function cpuBackend(): Promise<BackendChoice> {
  await tf.setBackend('cpu');
  await tf.ready();
  return { name: 'cpu', reason: 'tests', passedOver: [] };
}

export async function tempDir(prefix = 'layerloom-train-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}
