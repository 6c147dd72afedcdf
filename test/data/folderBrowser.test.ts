/** The browser UI's folder browser: one folder at a time, sub-folders with image counts, completion by prefix. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNT_CAP, listFolder } from '../../src/data/folderBrowser';
import { DatasetError } from '../../src/data/datasetError';

function tree() {
  const root = mkdtempSync(join(tmpdir(), 'layerloom-browse-'));
  for (const [dir, files] of [['cats', ['1.png', '2.jpg', '3.webp', 'notes.txt']], ['Dogs', ['1.png']], ['.cache', ['x.png']], ['empty', []], ['10-birds', []], ['9-fish', []]] as const) {
    mkdirSync(join(root, dir));
    for (const f of files) writeFileSync(join(root, dir, f), 'x');
  }
  writeFileSync(join(root, 'loose.png'), 'x');
  symlinkSync(join(root, 'cats'), join(root, 'link-to-cats'));
  return root;
}

describe('listFolder', () => {
  it('lists sub-folders (links to folders too, hidden ones not) in natural order, with the images directly in each', async () => {
    const root = tree();
    const r = await listFolder({ path: root });
    expect(r.path).toBe(root);
    expect(r.folders.map((f) => f.name)).toEqual(['9-fish', '10-birds', 'cats', 'Dogs', 'empty', 'link-to-cats']);
    expect(Object.fromEntries(r.folders.map((f) => [f.name, f.images]))).toMatchObject({ cats: 3, Dogs: 1, empty: 0, 'link-to-cats': 3 });
    expect(r.images).toBe(1);
    expect(r.parent).toBe(join(root, '..'));
    expect(r.truncated).toBe(false);
  });

  it('completes a name: only folders starting with the typed prefix, nothing counted', async () => {
    const root = tree();
    const r = await listFolder({ path: root, prefix: 'd' });
    expect(r.folders).toEqual([{ name: 'Dogs', images: null }]);
  });

  it('starts at home for "" and "~"; a missing folder or a file is a coded error naming it', async () => {
    expect((await listFolder({})).path).toBe(homedir());
    expect((await listFolder({ path: '~' })).path).toBe(homedir());
    const root = tree();
    const missing = await listFolder({ path: join(root, 'nope') }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(DatasetError);
    expect((missing as DatasetError).coded).toEqual({ code: 'data.error.folderMissing', params: { path: join(root, 'nope') } });
    const file = await listFolder({ path: join(root, 'loose.png') }).catch((e: unknown) => e);
    expect((file as DatasetError).coded?.code).toBe('data.error.notAFolder');
  });

  it('stops counting a huge folder at the cap and says so; a limit truncates the list', async () => {
    const root = mkdtempSync(join(tmpdir(), 'layerloom-browse-big-'));
    mkdirSync(join(root, 'big'));
    for (let i = 0; i <= COUNT_CAP; i++) writeFileSync(join(root, 'big', `${i}.png`), '');
    for (let i = 0; i < 5; i++) mkdirSync(join(root, `d${i}`));
    const r = await listFolder({ path: root });
    expect(r.folders.find((f) => f.name === 'big')).toMatchObject({ more: true });
    const limited = await listFolder({ path: root, limit: 2 });
    expect(limited.folders).toHaveLength(2);
    expect(limited.truncated).toBe(true);
  });
});
