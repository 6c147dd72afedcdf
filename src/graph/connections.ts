/** Whether a new connection is allowed: the editor's ports ask here, so the rules live in the core. */
import { getBlock } from './blocks/index';
import { indexGraph, reachable } from './graphIndex';
import { text, type Localized } from './localized';
import type { Graph } from './types';

export type ConnectionCheck = { readonly ok: true } | { readonly ok: false; readonly reason: Localized };

export function canConnect(graph: Graph, sourceId: string, targetId: string): ConnectionCheck {
  const index = indexGraph(graph);
  const source = index.nodes.get(sourceId);
  const target = index.nodes.get(targetId);
  if (!source || !target) return { ok: false, reason: text('That block no longer exists.', '该块已不存在。') };
  if (sourceId === targetId) return { ok: false, reason: text('A block cannot feed itself.', '块不能连接到自身。') };
  const sourceDef = getBlock(source.kind);
  const targetDef = getBlock(target.kind);
  if (!sourceDef || !targetDef) return { ok: false, reason: text('Unknown block kind.', '未知的块类型。') };
  if (!sourceDef.hasOutput) {
    return { ok: false, reason: text('The Output block is the end of the network; nothing can follow it.', '输出块是网络的终点，后面不能再接块。') };
  }
  const incoming = index.incoming.get(targetId)!;
  if (incoming.some((e) => e.source === sourceId)) {
    return { ok: false, reason: text('These blocks are already connected.', '这两个块已经连接。') };
  }
  if (incoming.length >= targetDef.inputs.max) {
    return targetDef.inputs.max === 0
      ? { ok: false, reason: text('An Input block takes no inputs.', '输入块不接受输入。') }
      : { ok: false, reason: text('This block already has its input. Use Add or Concatenate to merge branches.', '此块已有输入。请用相加或拼接块合并分支。') };
  }
  if (reachable(index, [targetId], 'forward').has(sourceId)) {
    return { ok: false, reason: text('This connection would make a loop; networks flow one way.', '此连接会形成环；网络只能单向流动。') };
  }
  return { ok: true };
}
