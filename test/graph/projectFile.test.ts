import { describe, expect, it } from 'vitest';
import { newProject, parseProject, ProjectFileError, serializeProject, PROJECT_VERSION } from '../../src/graph/projectFile';
import { chain } from './chain';

const graph = chain(['Input', { height: 28, width: 28, channels: 1 }], ['Conv2D', { filters: 8, activation: 'relu', bias: false }], ['Flatten'], ['Output', { classes: 10 }]);

function errorOf(input: unknown): ProjectFileError {
  try {
    parseProject(input);
  } catch (err) {
    if (err instanceof ProjectFileError) return err;
    throw err;
  }
  throw new Error('expected a ProjectFileError');
}

describe('project files', () => {
  it('round-trip losslessly', () => {
    const project = newProject(graph, { name: '我的网络 — LeNet', description: 'ünïcode' });
    const text = serializeProject(project);
    const back = parseProject(text);
    expect(back).toEqual(project);
    expect(serializeProject(back)).toBe(text);
    expect(back.graph).toEqual(graph);
  });
  it('fill training defaults for a minimal file', () => {
    const p = parseProject({ format: 'layerloom/project', version: PROJECT_VERSION, graph });
    expect(p.training).toMatchObject({ optimizer: 'adam', learningRate: 0.003, schedule: 'cosine', batchSize: 16, backend: 'auto' });
    expect(p.meta.name).toBe('Untitled');
  });
  it('name the field of a malformed value', () => {
    const bad = JSON.parse(serializeProject(newProject(graph)));
    bad.graph.nodes[1].params.filters = [8];
    const err = errorOf(bad);
    expect(err.field).toBe('graph.nodes[1].params.filters');
    expect(err.message).toMatch(/^graph\.nodes\[1\]\.params\.filters: /);
  });
  it('name a bad node id', () => {
    const bad = JSON.parse(serializeProject(newProject(graph)));
    bad.graph.nodes[0].id = 'has space';
    expect(errorOf(bad).message).toMatch(/graph\.nodes\[0\]\.id: must start with a letter/);
  });
  it('reject connections to blocks that do not exist', () => {
    const bad = JSON.parse(serializeProject(newProject(graph)));
    bad.graph.edges[0].target = 'nope';
    expect(errorOf(bad).message).toBe('graph.edges[0].target: no block has the id "nope"');
  });
  it('reject duplicate ids', () => {
    const bad = JSON.parse(serializeProject(newProject(graph)));
    bad.graph.nodes[2].id = bad.graph.nodes[1].id;
    expect(errorOf(bad).field).toBe('graph.nodes[2].id');
  });
  it('reject unknown top-level fields and wrong training values', () => {
    const extra = { ...JSON.parse(serializeProject(newProject(graph))), surprise: 1 };
    expect(errorOf(extra).message).toMatch(/surprise/);
    const lr = JSON.parse(serializeProject(newProject(graph)));
    lr.training.learningRate = -1;
    expect(errorOf(lr).field).toBe('training.learningRate');
  });
  it('say what is wrong with files that are not projects', () => {
    expect(errorOf('{not json').message).toMatch(/not valid JSON/);
    expect(errorOf('[1,2]').message).toMatch(/must be a JSON object/);
    expect(errorOf({ format: 'keras' }).message).toMatch(/format: expected "layerloom\/project"/);
    expect(errorOf({ format: 'layerloom/project', version: 99, graph }).message).toMatch(/newer LayerLoom/);
    expect(errorOf({ format: 'layerloom/project', version: '1', graph }).field).toBe('version');
  });
});
