/**
 * Electron's least-privilege file access (issue 13, item 6): the relay lets a request reach the engine
 * only with paths chosen in a dialog or dropped since start, or reported by the engine itself.
 */
import { mkdtempSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WindowRelay } from '../../electron/app/ipcRelay';
import { PathGrants, requestPaths } from '../../electron/app/pathGrants';
import { newProject } from '../../src/graph/projectFile';
import { createInMemoryPair, RpcClient, RpcServer, type Transport } from '../../src/protocol';
import { EngineHost } from '../../src/server/engineHost';

describe('PathGrants', () => {
  it('a chosen file is exactly that file; a chosen folder is everything inside it, not its neighbours', () => {
    const g = new PathGrants();
    g.grantFile('/home/u/net.layerloom.json');
    g.grantFolder('/home/u/photos');
    expect(g.allows('/home/u/net.layerloom.json')).toBe(true);
    expect(g.allows('/home/u/other.layerloom.json')).toBe(false);
    expect(g.allows('/home/u/photos')).toBe(true);
    expect(g.allows('/home/u/photos/cats/1.jpg')).toBe(true);
    expect(g.allows('/home/u/photos/../.ssh/id_rsa')).toBe(false);
    expect(g.allows('/home/u/photos-private/1.jpg')).toBe(false);
    expect(g.allows('/home/u')).toBe(false);
  });

  it('knows which parameters are paths: builtin data sets are not', () => {
    const project = { ...newProject({ nodes: [], edges: [] }), training: { ...newProject({ nodes: [], edges: [] }).training, data: '/data/photos' } };
    expect(requestPaths('train.start', { project, outDir: '/runs/x' })).toEqual(['/runs/x', '/data/photos']);
    expect(requestPaths('train.start', { project: { ...project, training: { ...project.training, data: 'MNIST' } } })).toEqual([]);
    expect(requestPaths('dataset.inspect', { spec: { source: 'synthetic' } })).toEqual([]);
    expect(requestPaths('predict', { runDir: '/runs/a', images: [{ path: '/p/1.png' }, { name: 'x.png', dataUrl: 'data:image/png;base64,' }] })).toEqual(['/runs/a', '/p/1.png']);
    expect(requestPaths('export.write', { path: '/out/m.py', weightsFrom: '/runs/a' })).toEqual(['/out/m.py', '/runs/a']);
    expect(requestPaths('runs.resume', { dir: '/runs/a' })).toEqual(['/runs/a']);
    expect(requestPaths('runs.delete', { dir: '/runs/a' })).toEqual(['/runs/a']);
    // The folder browser lists only chosen folders in the desktop app; no path (home) is not one.
    expect(requestPaths('folders.list', { path: '/data/photos', prefix: 'c' })).toEqual(['/data/photos']);
    expect(requestPaths('folders.list', {})).toEqual([homedir()]);
    expect(requestPaths('folders.list', { path: '~/.ssh' })).toEqual([join(homedir(), '.ssh')]);
    const cwdGranted = new PathGrants();
    cwdGranted.grantFolder(process.cwd());
    expect(cwdGranted.refused('folders.list', { path: '~/.ssh' })).toBe(join(homedir(), '.ssh'));
    expect(new PathGrants().refused('folders.list', {})).toBe(homedir());
    expect(requestPaths('ping', {})).toEqual([]);
  });
});

/** A renderer's client whose requests go through a relay with grants, to a real engine; dialogs answer `picked`. */
function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'layerloom-grants-'));
  const engine = new EngineHost({ host: 'electron', configDir: dir });
  const [shellClient, shellServer] = createInMemoryPair();
  const picked = { path: join(dir, 'chosen.layerloom.json') as string | null };
  new RpcServer(shellServer, {
    'dialog.open': () => ({ path: picked.path }),
    'dialog.save': () => ({ path: picked.path }),
  });
  const grants = new PathGrants();
  const listeners = new Set<(m: unknown) => void>();
  const relay = new WindowRelay({
    toRenderer: (m) => { const copy = structuredClone(m); queueMicrotask(() => listeners.forEach((l) => l(copy))); },
    shell: shellClient,
    connectEngine: (): Transport => { const [main, eng] = createInMemoryPair(); engine.connect(eng); return main; },
    grants,
  });
  const client = new RpcClient({ send: (m) => relay.fromRenderer(structuredClone(m)), onMessage: (l) => (listeners.add(l), () => listeners.delete(l)) });
  return { dir, client, grants, picked };
}

describe('the relay with grants', () => {
  it('refuses a path nobody chose, with a reason; after a save dialog picks it, the same request goes through', async () => {
    const { dir, client, picked } = setup();
    const path = join(dir, 'chosen.layerloom.json');
    const project = newProject({ nodes: [], edges: [] });
    await expect(client.request('project.write', { path, project })).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('chose since it started') });
    await expect(client.request('project.read', { path: '/etc/passwd' })).rejects.toMatchObject({ code: 'forbidden', text: { code: 'app.error.pathNotChosen' } });
    picked.path = path;
    expect(await client.request('dialog.save', {})).toEqual({ path });
    expect(await client.request('project.write', { path, project })).toMatchObject({ path });
    expect((await client.request('project.read', { path })).path).toBe(path);
    // A sibling of the chosen file is still refused.
    await expect(client.request('project.read', { path: join(dir, 'other.layerloom.json') })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('a folder picked in the open dialog opens everything inside it; the engine\'s own answers grant what they list', async () => {
    const { dir, client, grants, picked } = setup();
    picked.path = join(dir, 'photos');
    await expect(client.request('dataset.inspect', { spec: { source: join(dir, 'photos') } })).rejects.toMatchObject({ code: 'forbidden' });
    await client.request('dialog.open', { kind: 'folder' });
    expect(grants.allows(join(dir, 'photos', 'cats', '1.jpg'))).toBe(true);
    // Not granted by a dialog for a project file (kind project): only that one file.
    picked.path = join(dir, 'a.layerloom.json');
    await client.request('dialog.open', { kind: 'project' });
    expect(grants.allows(join(dir, 'a.layerloom.json', 'x'))).toBe(false);
    // Methods without paths, and builtin data, are never refused: they reach the engine (which here has no data module).
    expect((await client.request('ping')).pong).toBe(true);
    await expect(client.request('dataset.inspect', { spec: { source: 'mnist', samplesPerClass: 0 } })).rejects.toMatchObject({ code: 'not-available' });
    await expect(client.request('dataset.inspect', { spec: { source: join(dir, 'photos', 'cats') } })).rejects.toMatchObject({ code: 'not-available' });
  });
});
