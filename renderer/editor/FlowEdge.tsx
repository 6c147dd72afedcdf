/** A connection drawn along the flow (see edgeRoute.ts): shortcuts beside the main path, wraps through the segment gaps. */
import { BaseEdge, useInternalNode, type Edge, type EdgeProps } from '@xyflow/react';
import { memo, useContext } from 'react';
import { FlowDirectionContext } from '../blocks/BlockNode';
import { routeEdge, type Box } from './edgeRoute';

type InternalNode = NonNullable<ReturnType<typeof useInternalNode>>;

function boxOf(n: InternalNode | undefined, x: number, y: number): Box {
  if (!n) return { x, y, width: 0, height: 0 };
  const p = n.internals.positionAbsolute;
  return { x: p.x, y: p.y, width: n.measured.width ?? 0, height: n.measured.height ?? 0 };
}

function FlowEdgeImpl(props: EdgeProps<Edge>) {
  const direction = useContext(FlowDirectionContext);
  const source = useInternalNode(props.source);
  const target = useInternalNode(props.target);
  const from = { x: props.sourceX, y: props.sourceY };
  const to = { x: props.targetX, y: props.targetY };
  const route = routeEdge(direction, boxOf(source, from.x, from.y), boxOf(target, to.x, to.y), from, to);
  // The tensor's shape beside the arrow, not over the ports (a shortcut carries none: its source shows it).
  const label = route.label ? props.label : undefined;
  const text = typeof label === 'string' ? label : '';
  const at = route.label ?? from;
  const half = text.length * 3.4 + 6;
  const labelX = direction === 'down' ? at.x + half + 6 : route.kind === 'straight' ? at.x : from.x + half + 4;
  const labelY = direction === 'down' ? at.y : at.y - 13;
  return (
    <BaseEdge id={props.id} path={route.path} labelX={labelX} labelY={labelY} label={label}
      labelShowBg labelBgPadding={props.labelBgPadding} labelBgBorderRadius={props.labelBgBorderRadius}
      markerEnd={props.markerEnd} style={props.style} interactionWidth={props.interactionWidth} />
  );
}

export const FlowEdge = memo(FlowEdgeImpl);
