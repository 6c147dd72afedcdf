/** A project file that cannot be used is said as a code: "not a project" or "this field is wrong", never JSON.parse's words. */
import { describe, expect, it } from 'vitest';
import { parseProject, ProjectFileError } from '../../src/graph/projectFile';
import { projectErrorText, renderText } from '../../src/messages/index';

function textFor(input: unknown, file = 'x.json') {
  try { parseProject(input); } catch (err) { if (err instanceof ProjectFileError) return projectErrorText(err, file); throw err; }
  throw new Error('parsed');
}

describe('projectErrorText', () => {
  it.each([['not JSON', 'name,size\ncat,3'], ['an array', '[1, 2]'], ['another format', '{"format": "keras", "config": {}}']])('%s: not a LayerLoom project', (_what, content) => {
    const text = textFor(content);
    expect(text).toEqual({ code: 'project.error.notProject', params: { file: 'x.json' } });
    expect(renderText(text, 'en')).toBe('"x.json" is not a LayerLoom project. Open a .layerloom.json file saved by LayerLoom (File → Save).');
    expect(renderText(text, 'zh')).toContain('不是 LayerLoom 项目');
  });

  it('a project with a bad field names the field and the problem', () => {
    const text = textFor({ format: 'layerloom/project', version: 1, graph: { nodes: [{ id: 'a', kind: 'Input', params: {}, position: { x: 'left', y: 0 } }], edges: [] } });
    expect(text.code).toBe('project.error.badField');
    expect(text.params?.field).toBe('graph.nodes[0].position.x');
    expect(renderText(text, 'en')).toMatch(/^"x\.json" is a LayerLoom project, but graph\.nodes\[0\]\.position\.x is not valid: .+\. Fix that field/);
  });
});
