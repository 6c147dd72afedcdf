/**
 * The one-click fixes analysis offers, as plain data (FixAction): built here from what analysis knows,
 * checked against the block catalog so an offered fix is always one the block accepts.
 */
import type { FixAction } from './analysisTypes';
import type { BlockFix } from './blocks/blockDefinition';
import { getBlock } from './blocks/index';
import { reachable, type GraphIndex } from './graphIndex';
import type { ParamValue } from './types';

/** True when every parameter exists on the block kind and the value is one it accepts. */
function acceptable(kind: string, params: Readonly<Record<string, ParamValue>>): boolean {
  const def = getBlock(kind);
  if (!def) return false;
  return Object.entries(params).every(([name, value]) => {
    const spec = def.params[name];
    if (!spec) return false;
    switch (spec.type) {
      case 'enum': return typeof value === 'string' && spec.options.includes(value);
      case 'bool': return typeof value === 'boolean';
      case 'int': return typeof value === 'number' && Number.isInteger(value) && value >= spec.min && value <= spec.max;
      case 'float': return typeof value === 'number' && value >= spec.min && value <= spec.max;
    }
  });
}

/** Sets parameters of a block, if the block takes them. */
export function setParamsFix(index: GraphIndex, nodeId: string, params: Readonly<Record<string, ParamValue>>): FixAction | undefined {
  const node = index.nodes.get(nodeId);
  return node && acceptable(node.kind, params) ? { kind: 'setParams', nodeId, params } : undefined;
}

/** A block's own fix (from a BlockError) made absolute: which block, which connection. */
export function blockFix(index: GraphIndex, nodeId: string, fix: BlockFix | undefined): FixAction | undefined {
  if (!fix) return undefined;
  if (fix.kind === 'setParams') return setParamsFix(index, nodeId, fix.params);
  const into = index.incoming.get(nodeId) ?? [];
  return into.length === 1 && getBlock(fix.block) ? { kind: 'insertBefore', nodeId, edgeId: into[0].id, block: fix.block } : undefined;
}

/** A parameter with a bad value goes back to its default. */
export function resetParamFix(index: GraphIndex, nodeId: string, param: string): FixAction | undefined {
  const node = index.nodes.get(nodeId);
  const spec = node ? getBlock(node.kind)?.params[param] : undefined;
  return spec ? setParamsFix(index, nodeId, { [param]: spec.default }) : undefined;
}

/** The first block in document order that `ok` accepts. */
function first(index: GraphIndex, ok: (id: string) => boolean): string | undefined {
  for (const id of index.nodes.keys()) if (ok(id)) return id;
  return undefined;
}

/** No Input block: one before the first block that takes an input but has none. */
export function addInputFix(index: GraphIndex): FixAction | undefined {
  const before = first(index, (id) => (getBlock(index.nodes.get(id)!.kind)?.inputs.min ?? 0) > 0 && index.incoming.get(id)!.length === 0);
  return before ? { kind: 'addBlock', block: 'Input', before } : undefined;
}

/** No Output block: one after the last block whose output goes nowhere (the first such one in document order). */
export function addOutputFix(index: GraphIndex): FixAction | undefined {
  const after = first(index, (id) => {
    const def = getBlock(index.nodes.get(id)!.kind);
    return !!def?.hasOutput && def.inputs.max > 0 && index.outgoing.get(id)!.length === 0;
  });
  return after ? { kind: 'addBlock', block: 'Output', after } : undefined;
}

/**
 * A block short of an input: connect the one block whose output goes nowhere and that is not downstream of
 * it (so no loop), when there is exactly one such block. With several the choice is the user's.
 */
export function connectFix(index: GraphIndex, target: string): FixAction | undefined {
  const downstream = reachable(index, [target], 'forward');
  const open = [...index.nodes.keys()].filter((id) => {
    if (downstream.has(id)) return false;
    const def = getBlock(index.nodes.get(id)!.kind);
    return !!def?.hasOutput && index.outgoing.get(id)!.length === 0 && index.nodes.get(id)!.kind !== 'Output';
  });
  return open.length === 1 ? { kind: 'connect', source: open[0], target } : undefined;
}
