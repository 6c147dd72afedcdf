/**
 * Project files nest a bounded number of levels (issue 13, item 5): a 5,000-level nested array got no
 * answer at all from project.read (the answer overflowed the stack when it was serialised); now it is a
 * clear error naming the problem, answered at once.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonDepth, MAX_JSON_DEPTH } from '../../src/graph/jsonDepth';
import { newProject, parseProject, serializeProject } from '../../src/graph/projectFile';
import { createInMemoryPair, RpcClient } from '../../src/protocol';
import { EngineHost } from '../../src/server/engineHost';

const nested = (levels: number) => serializeProject(newProject({ nodes: [], edges: [] }))
  .replace('"description": ""', `"description": "", "x": ${'['.repeat(levels)}${']'.repeat(levels)}`);

describe('JSON nesting depth', () => {
  it('is counted without recursion, ignoring brackets inside strings', () => {
    expect(jsonDepth('{"a": [1, {"b": "[[[["}]}').depth).toBe(3);
    expect(jsonDepth('[' .repeat(1_000_000) + ']'.repeat(1_000_000), 100)).toEqual({ depth: 101, at: 100 });
    expect(jsonDepth('"\\"[["').depth).toBe(0);
  });

  it('a project file nested deeper than the limit is refused with the reason', () => {
    expect(() => parseProject(nested(5000))).toThrow(new RegExp(`nests more than ${MAX_JSON_DEPTH} levels deep`));
    expect(() => parseProject(nested(10))).not.toThrow();
  });

  it('project.read answers a 5,000-level file with that error, at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layerloom-deep-'));
    writeFileSync(join(dir, 'deep.layerloom.json'), nested(5000));
    const host = new EngineHost({ host: 'in-process', configDir: dir });
    const [clientEnd, engineEnd] = createInMemoryPair();
    host.connect(engineEnd);
    const client = new RpcClient(clientEnd);
    const t0 = performance.now();
    // Before: no answer at all (the answer overflowed the stack when it was serialised).
    await expect(client.request('project.read', { path: join(dir, 'deep.layerloom.json') }))
      .rejects.toMatchObject({ code: 'invalid-project', message: expect.stringMatching(/deep\.layerloom\.json: .*nests more than 64 levels deep/) });
    expect(performance.now() - t0).toBeLessThan(5000);
    client.dispose();
  });
});
