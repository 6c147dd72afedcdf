/** train.* over the protocol: an EngineHost with src/train's handlers, an in-memory connection, a tiny run. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createInMemoryPair, RpcClient } from '../../src/protocol';
import type { HandlerTable } from '../../src/protocol';
import { EngineHost } from '../../src/server/engineHost';
import { handlers } from '../../src/train/engineHandlers';
import { tempDir, tinyProject } from './helpers';

describe('engine handlers', () => {
  it('train.start streams started, batch, epoch, featureMaps and done events; unknown sessions are errors', async () => {
    const host = new EngineHost({ host: 'in-process', configDir: await tempDir(), log: () => undefined });
    host.registerHandlers(handlers as unknown as HandlerTable);
    const [a, b] = createInMemoryPair();
    host.connect(b);
    const client = new RpcClient(a);
    const events: { type: string }[] = [];
    const finished = new Promise<void>((resolve) => {
      client.on('train.event', (e) => {
        events.push(e);
        if (e.type === 'done' || e.type === 'error' || e.type === 'cancelled') resolve();
      });
    });
    const project = tinyProject({ epochs: 1, backend: 'wasm', limit: 60 });
    const { sessionId } = await client.request('train.start', { project, outDir: join(await tempDir(), 'run'), featureMaps: { enabled: true, sampleIndex: 0, everyMs: 100 } });
    expect(typeof sessionId).toBe('string');
    await finished;
    const types = new Set(events.map((e) => e.type));
    expect(events.at(-1)!.type, JSON.stringify(events.at(-1))).toBe('done');
    for (const t of ['started', 'batch', 'epoch', 'featureMaps']) expect(types.has(t), t).toBe(true);
    await expect(client.request('train.stop', { sessionId })).rejects.toThrow(/no training session/);
  });
});
