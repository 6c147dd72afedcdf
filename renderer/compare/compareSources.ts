/** What the current network can be compared with: the lesson's network, the document before its edits or as saved, a template, a file. */
import { graphAtRevision, openedRevision, replaceGraph, type EditorState } from '../../src/graph/editing/index';
import type { Localized } from '../../src/graph/localized';
import { TEMPLATES } from '../../src/graph/templates/index';
import type { Graph } from '../../src/graph/types';

export interface CompareSource {
  readonly key: string;
  readonly label: Localized;
  readonly graph: () => Graph;
}

export function compareSources(state: EditorState, lesson: { title: Localized; graph: Graph } | null): CompareSource[] {
  const out: CompareSource[] = [];
  if (lesson) out.push({ key: 'lesson', label: { en: `The lesson's network as opened (${lesson.title.en})`, zh: `本课打开时的网络（${lesson.title.zh}）` }, graph: () => lesson.graph });
  const opened = openedRevision(state.history, replaceGraph.id);
  if (state.history.past.some((e) => e.revision > opened)) {
    out.push({ key: 'start', label: { en: 'This network before your edits', zh: '这个网络修改之前' }, graph: () => graphAtRevision(state.graph, state.history, opened) });
  }
  if (state.savedRevision > 0 && state.history.past.some((e) => e.revision > state.savedRevision)) {
    out.push({ key: 'saved', label: { en: 'This network as last saved', zh: '这个网络上次保存时' }, graph: () => graphAtRevision(state.graph, state.history, state.savedRevision) });
  }
  for (const t of TEMPLATES) out.push({ key: `template:${t.name}`, label: { en: `Template: ${t.title.en}`, zh: `模板：${t.title.zh}` }, graph: () => t.build() });
  return out;
}
