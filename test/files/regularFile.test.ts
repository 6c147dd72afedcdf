import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileTooLargeError, NotRegularFileError, readRegularFile, readRegularText } from '../../src/files/regularFile';
import { ProjectStore } from '../../src/server/projectStore';
import { listRuns } from '../../src/train/runCatalog';

/** Rejects when `p` has not settled after `ms`: a read that blocks fails the test instead of hanging it. */
function within<T>(p: Promise<T>, ms = 3000): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still blocked after ${ms} ms`)), ms).unref())]);
}

let tmp: string;
const hasMkfifo = (() => {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    console.log('regularFile tests: mkfifo is missing, the FIFO cases are skipped');
    return false;
  }
})();

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'layerloom-regular-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('reading only regular files', () => {
  it.skipIf(!hasMkfifo)('refuses FIFOs at once; four of them do not block other file operations', async () => {
    const fifos = [0, 1, 2, 3, 4].map((i) => join(tmp, `pipe${i}.layerloom.json`));
    for (const f of fifos) execFileSync('mkfifo', [f]);
    const results = await within(Promise.allSettled(fifos.map((f) => readRegularText(f))));
    for (const r of results) {
      expect(r.status).toBe('rejected');
      const err = (r as PromiseRejectedResult).reason as NotRegularFileError;
      expect(err).toBeInstanceOf(NotRegularFileError);
      expect(err.kind).toBe('fifo');
      expect(err.message).toMatch(/pipe\d\.layerloom\.json is a named pipe \(FIFO\), not a regular file/);
    }
    // libuv's four threads are all free: an ordinary read still answers.
    await writeFile(join(tmp, 'plain.txt'), 'hello');
    expect(await within(readFile(join(tmp, 'plain.txt'), 'utf8'))).toBe('hello');
  });

  it('refuses devices and folders without reading them', async () => {
    await expect(within(readRegularFile('/dev/zero', 1 << 20))).rejects.toMatchObject({ kind: 'character-device' });
    await expect(within(readRegularText(tmp))).rejects.toMatchObject({ kind: 'folder' });
  });

  it('refuses a file over the limit by its size, without reading it', async () => {
    const big = join(tmp, 'huge.json');
    const h = await open(big, 'w');
    await h.truncate(3 * 1024 * 1024 * 1024); // sparse: 3 GB that take no disk space
    await h.close();
    const rss = process.memoryUsage().rss;
    const err = await within(readRegularText(big)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileTooLargeError);
    expect((err as Error).message).toMatch(/huge\.json is 3\.0 GB; LayerLoom reads files of this kind up to 256 MB/);
    expect(process.memoryUsage().rss - rss).toBeLessThan(64 * 1024 * 1024);
  });

  it('reads regular files, through symbolic links too, up to the limit', async () => {
    const path = join(tmp, 'text.json');
    await writeFile(path, '{"a": "ü"}');
    execFileSync('ln', ['-s', path, join(tmp, 'link.json')]);
    expect(await readRegularText(join(tmp, 'link.json'))).toBe('{"a": "ü"}');
    expect((await readRegularFile(path, 11)).length).toBe(11);
    await expect(readRegularFile(path, 10)).rejects.toBeInstanceOf(FileTooLargeError);
    await expect(readRegularText(join(tmp, 'missing.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('project.read', () => {
  it.skipIf(!hasMkfifo)('answers a FIFO or a device with a clear error instead of hanging', async () => {
    const store = new ProjectStore(join(tmp, 'config'));
    const fifo = join(tmp, 'project-pipe.layerloom.json');
    execFileSync('mkfifo', [fifo]);
    await expect(within(store.read(fifo))).rejects.toThrow(/project-pipe\.layerloom\.json is a named pipe \(FIFO\), not a regular file/);
    await expect(within(store.read('/dev/zero'))).rejects.toThrow(/\/dev\/zero is a character device, not a regular file/);
  });
});

describe('run folders', () => {
  it.skipIf(!hasMkfifo)('lists a run whose meta.json is a FIFO as damaged, at once', async () => {
    const runs = join(tmp, 'runs');
    await mkdir(join(runs, 'r1'), { recursive: true });
    execFileSync('mkfifo', [join(runs, 'r1', 'meta.json')]);
    const [run] = await within(listRuns(runs));
    expect(run.status).toMatch(/^damaged: cannot read .*meta\.json: .*is a named pipe \(FIFO\), not a regular file/);
  });
});
