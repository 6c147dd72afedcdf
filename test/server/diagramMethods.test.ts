/** diagram.render and diagram.write through a real engine host: SVG text, a 300 dpi PNG, measured sizes, a file written. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { createInMemoryPair, RpcClient } from '../../src/protocol';
import type { EngineHost } from '../../src/server/engineHost';
import { createEngine } from '../../src/server/handlerModules';
import { newProject } from '../../src/graph/projectFile';
import { getTemplate } from '../../src/graph/templates/index';
import { tempDir } from '../train/helpers';

let host: EngineHost;
let root: string;
const project = newProject(getTemplate('lenet5')!.build(), { name: 'LeNet-5' });

function connect(): RpcClient {
  const [a, b] = createInMemoryPair();
  host.connect(b);
  return new RpcClient(a);
}

beforeAll(async () => {
  root = await tempDir('layerloom-diagram-');
  host = await createEngine({ host: 'in-process', configDir: join(root, 'config'), log: () => undefined });
});

describe('engine diagram methods', () => {
  it('renders SVG with the sizes the canvas measured', async () => {
    const r = await connect().request('diagram.render', { project, options: { lang: 'zh', theme: 'dark', sizes: { c1: { width: 220, height: 123 } } }, format: 'svg' });
    expect(r.encoding).toBe('utf8');
    expect(r.data).toContain('>二维卷积<');
    expect(r.data).toMatch(/<g class="block" data-id="c1"[^>]*><rect x="0.5" y="0.5" width="219" height="122"/);
  });

  it('renders a PNG at print resolution, and writes one atomically', async () => {
    const client = connect();
    const r = await client.request('diagram.render', { project, options: {}, format: 'png', dpi: 300 });
    expect(r.encoding).toBe('base64');
    const meta = await sharp(Buffer.from(r.data, 'base64')).metadata();
    expect([meta.width, meta.height, meta.density]).toEqual([r.width, r.height, 300]);
    const path = join(root, 'slides', 'lenet.png');
    const w = await client.request('diagram.write', { project, options: { select: ['c1', 's2'] }, format: 'png', dpi: 150, path });
    expect(w.path).toBe(path);
    expect((await sharp(await readFile(path)).metadata()).density).toBe(150);
  });

  it('refuses bad options with the field named', async () => {
    await expect(connect().request('diagram.render', { project, options: { theme: 'sepia' as never }, format: 'svg' })).rejects.toThrow(/theme/);
  });
});
