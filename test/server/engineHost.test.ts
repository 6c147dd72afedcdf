import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newProject, serializeProject } from '../../src/graph/projectFile';
import { createInMemoryPair, RpcClient } from '../../src/protocol';
import { EngineHost } from '../../src/server/engineHost';
import { registerLazyModules } from '../../src/server/handlerModules';

// Watch the renames so the test can see the write go through a temporary file.
const renames = vi.hoisted(() => [] as Array<[string, string]>);
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return { ...real, rename: async (from: string, to: string) => { renames.push([String(from), String(to)]); return real.rename(from, to); } };
});

const project = newProject({
  nodes: [
    { id: 'input_1', kind: 'input', params: { height: 28, width: 28, channels: 1 }, position: { x: 0, y: 0 } },
    { id: 'dense_1', kind: 'dense', params: { units: 10 }, position: { x: 0, y: 100 } },
  ],
  edges: [{ id: 'e1', source: 'input_1', target: 'dense_1' }],
}, { name: 'Test' });

function connected(host: EngineHost): RpcClient {
  const [a, b] = createInMemoryPair();
  host.connect(b);
  return new RpcClient(a);
}

let dir: string;
let host: EngineHost;
let client: RpcClient;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'layerloom-engine-'));
  host = new EngineHost({ host: 'in-process', configDir: join(dir, 'config'), appVersion: '9.9.9' });
  client = connected(host);
  renames.length = 0;
});

describe('project files through the engine', () => {
  it('project.write is atomic: a temporary file in the same folder, then a rename; nothing left behind', async () => {
    const path = join(dir, 'nets', 'lenet.layerloom.json');
    const r = await client.request('project.write', { path, project });
    expect(r.path).toBe(path);
    const rename = renames.find(([, to]) => to === path);
    expect(rename).toBeDefined();
    const [from] = rename!;
    expect(dirname(from)).toBe(dirname(path));
    expect(from).not.toBe(path);
    expect(from).toMatch(/\.tmp$/);
    expect(readdirSync(dirname(path))).toEqual(['lenet.layerloom.json']);
    expect(readFileSync(path, 'utf8')).toBe(serializeProject(project));
    expect(r.bytes).toBe(Buffer.byteLength(serializeProject(project)));
  });

  it('a failed write leaves the old file intact and no temporary file', async () => {
    const path = join(dir, 'keep.layerloom.json');
    await client.request('project.write', { path, project });
    const before = readFileSync(path, 'utf8');
    // Writing "into" a path whose parent is a file fails before anything is replaced.
    await expect(client.request('project.write', { path: join(path, 'child.layerloom.json'), project })).rejects.toMatchObject({ code: 'failed' });
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('project.read round-trips what project.write wrote', async () => {
    const path = join(dir, 'a.layerloom.json');
    await client.request('project.write', { path, project });
    await expect(client.request('project.read', { path })).resolves.toEqual({ path, project });
  });

  it.each([
    ['not JSON', '{ nope', /not valid JSON/, undefined],
    ['the wrong format', JSON.stringify({ format: 'other', version: 1 }), /format: expected "layerloom\/project"/, 'format'],
    ['a bad node id', JSON.stringify({ ...project, graph: { ...project.graph, nodes: [{ ...project.graph.nodes[0], id: '1 bad' }] } }), /graph\.nodes\[0\]\.id/, 'graph.nodes[0].id'],
    ['an edge to nowhere', JSON.stringify({ ...project, graph: { ...project.graph, edges: [{ id: 'e', source: 'input_1', target: 'ghost' }] } }), /graph\.edges\[0\]\.target.*ghost/, 'graph.edges[0].target'],
    ['a newer version', JSON.stringify({ ...project, version: 99 }), /newer LayerLoom/, 'version'],
  ])('project.read of a file with %s is an error naming the field', async (_name, text, message, field) => {
    const path = join(dir, 'bad.layerloom.json');
    writeFileSync(path, text);
    const err = await client.request('project.read', { path }).catch((e) => e);
    expect(err.code).toBe('invalid-project');
    expect(err.message).toMatch(message);
    expect(err.message).toContain('bad.layerloom.json');
    expect(err.field).toBe(field);
  });

  it('project.read of a missing file says so', async () => {
    await expect(client.request('project.read', { path: join(dir, 'missing.layerloom.json') })).rejects.toMatchObject({ code: 'not-found', message: /no such file/ });
  });

  it('project.recent lists opened and saved files, newest first, without duplicates', async () => {
    const a = join(dir, 'a.layerloom.json');
    const b = join(dir, 'b.layerloom.json');
    await client.request('project.write', { path: a, project });
    await client.request('project.write', { path: b, project });
    await client.request('project.read', { path: a });
    const { files } = await client.request('project.recent');
    expect(files.map((f) => f.path)).toEqual([a, b]);
    expect(files[0].name).toBe('a.layerloom.json');
  });

  it('project.recent survives a damaged recent list', async () => {
    mkdirSync(join(dir, 'config'), { recursive: true });
    writeFileSync(join(dir, 'config', 'recent.json'), '{{{');
    await expect(client.request('project.recent')).resolves.toEqual({ files: [] });
  });
});

describe('autosave and crash recovery', () => {
  it('keeps the last autosave in the config folder until cleared, across engine restarts', async () => {
    await expect(client.request('autosave.recover')).resolves.toEqual({ autosave: null, autosaves: [] });
    await client.request('autosave.write', { project, path: null });
    const second = { ...project, meta: { ...project.meta, name: 'second' } };
    const { savedAt } = await client.request('autosave.write', { project: second, path: '/x/y.layerloom.json' });
    // A new engine (after a crash) finds it.
    const after = connected(new EngineHost({ host: 'in-process', configDir: join(dir, 'config') }));
    const found = { project: second, path: '/x/y.layerloom.json', savedAt };
    await expect(after.request('autosave.recover')).resolves.toEqual({ autosave: found, autosaves: [found] });
    await after.request('autosave.clear', {});
    await expect(client.request('autosave.recover')).resolves.toEqual({ autosave: null, autosaves: [] });
  });

  it('one slot per window: a second window neither overwrites nor clears the first one\'s', async () => {
    const a = { ...project, meta: { ...project.meta, name: 'window A' } };
    const b = { ...project, meta: { ...project.meta, name: 'window B' } };
    await client.request('autosave.write', { project: a, path: null, owner: 'tab-A' });
    await new Promise((r) => setTimeout(r, 5));
    await client.request('autosave.write', { project: b, path: null, owner: 'tab-B' });
    let r = await client.request('autosave.recover', {});
    expect(r.autosaves!.map((x) => [x.owner, x.project.meta.name])).toEqual([['tab-B', 'window B'], ['tab-A', 'window A']]);
    expect(r.autosave!.owner).toBe('tab-B');
    // B saves its file: only B's slot goes.
    await client.request('autosave.clear', { owner: 'tab-B' });
    r = await client.request('autosave.recover', {});
    expect(r.autosaves!.map((x) => x.owner)).toEqual(['tab-A']);
    // A window id names a file: nothing but letters, digits, - and _.
    await expect(client.request('autosave.write', { project: a, path: null, owner: '../../x' })).rejects.toThrow();
  });

  it('says which windows are open: a window still connected is open; once its connection closes, its work is a closed window\'s', async () => {
    const [a, b] = createInMemoryPair();
    const disconnect = host.connect(b);
    const windowA = new RpcClient(a);
    await windowA.request('autosave.write', { project, path: null, owner: 'tab-A' });
    const seen = await client.request('autosave.recover', { owner: 'tab-B' });
    expect(seen.autosaves!.map((x) => [x.owner, x.open])).toEqual([['tab-A', true]]);
    disconnect();
    const later = await client.request('autosave.recover', { owner: 'tab-C' });
    expect(later.autosaves!.map((x) => [x.owner, x.open])).toEqual([['tab-A', false]]);
  });

  it('keeps at most 8 windows\' slots, dropping the oldest', async () => {
    for (let i = 0; i < 10; i++) {
      await client.request('autosave.write', { project, path: null, owner: `w${i}` });
      await new Promise((r) => setTimeout(r, 3));
    }
    const r = await client.request('autosave.recover', {});
    expect(r.autosaves!.map((x) => x.owner)).toEqual(['w9', 'w8', 'w7', 'w6', 'w5', 'w4', 'w3', 'w2']);
  });

  it('a damaged autosave recovers as nothing, not an error', async () => {
    mkdirSync(join(dir, 'config'), { recursive: true });
    writeFileSync(join(dir, 'config', 'autosave.json'), JSON.stringify({ savedAt: 'x', project: { format: 'nope' } }));
    writeFileSync(join(dir, 'config', 'autosave-tab1.json'), '{{{');
    await expect(client.request('autosave.recover')).resolves.toEqual({ autosave: null, autosaves: [] });
  });
});

describe('the handler table', () => {
  it('answers ping and version', async () => {
    await expect(client.request('version')).resolves.toMatchObject({ protocol: 1, app: '9.9.9', host: 'in-process' });
  });

  it('modules register handlers; unregistered methods are "not available yet"', async () => {
    await expect(client.request('runs.list', {})).rejects.toMatchObject({ code: 'not-available' });
    const logs: string[] = [];
    const { preload } = registerLazyModules(host, [
      { methods: ['runs.list'], load: async () => ({ handlers: { 'runs.list': () => ({ runs: [] }) } }) },
      { methods: ['runs.open'], load: async () => { throw new Error('tfjs-node is not installed'); } },
    ], (m) => logs.push(m));
    await preload();
    await expect(client.request('runs.list', {})).resolves.toEqual({ runs: [] });
    expect(logs.join()).toMatch(/tfjs-node is not installed/);
    expect(() => host.registerHandlers({ 'runs.list': () => ({ runs: [] }) })).toThrow(/already registered/);
  });

  it('dialogs are unavailable outside Electron, so the UI falls back to the browser\'s file input', async () => {
    await expect(client.request('dialog.save', {})).rejects.toMatchObject({ code: 'unavailable' });
    await expect(client.request('app.setDirty', { dirty: true })).resolves.toEqual({ ok: true });
  });
});

describe('connectInProcess', () => {
  it('gives a client to an engine in this process', async () => {
    const { connectInProcess } = await import('../../src/server/inProcessEngine');
    const engine = await connectInProcess({ configDir: join(dir, 'cfg2') });
    await expect(engine.client.request('version')).resolves.toMatchObject({ host: 'in-process' });
    engine.close();
    await expect(engine.client.request('ping')).rejects.toMatchObject({ code: 'disconnected' });
  });
});
