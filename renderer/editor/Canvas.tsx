/** The canvas: React Flow renders the editor store; every edit goes through a document command. */
import {
  Background, BackgroundVariant, MiniMap, ReactFlow, useReactFlow, useUpdateNodeInternals,
  type Connection, type Edge, type EdgeChange, type EdgeTypes, type FinalConnectionState, type NodeChange, type NodeTypes,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { insertIntoEdge } from './addAfterSelection';
import { canConnect } from '../../src/graph/connections';
import { addBlock, applyFix, connect, moveBlocks, newNodeId } from '../../src/graph/editing/index';
import { flowDirectionOf, NODE_WIDTH } from '../../src/graph/layout';
import type { Position } from '../../src/graph/types';
import { ApplyFixContext, BlockNode, FlowDirectionContext, type BlockNodeType } from '../blocks/BlockNode';
import { shownDiagnostic } from '../blocks/blockView';
import { useI18n } from '../i18n/I18nContext';
import { useLiveBlocks } from '../train/useLiveBlocks';
import { useAnalysis, useEditorState, useStore } from './EditorContext';
import { EmptyState } from './EmptyState';
import { FlowEdge } from './FlowEdge';
import { useMiniMapWanted } from './useMiniMapWanted';
import { useLevelOfDetail } from './useLevelOfDetail';
import { useToast } from './Toasts';
import { useFlowElements, type Measured } from './useFlowElements';
import { markFitted, useKeepFitted } from './useKeepFitted';

export const BLOCK_DRAG_TYPE = 'application/x-layerloom-block';
const nodeTypes: NodeTypes = { block: BlockNode };
const edgeTypes: EdgeTypes = { flow: FlowEdge };
const miniClass = (n: { data: unknown }) => `ll-mini cat-${(n.data as { category?: string }).category ?? ''}`;
const proOptions = { hideAttribution: true };
const multiKeys = ['Meta', 'Control'];
/** The connection under a point (ignoring blocks), for dropping a block onto it. */
function edgeAt(x: number, y: number): Element | null {
  for (const el of document.elementsFromPoint(x, y)) {
    if (el.closest('.react-flow__node')) return null;
    const edge = el.closest('.react-flow__edge');
    if (edge) return edge;
  }
  return null;
}

const edgeDefaults = { type: 'flow' };

export function Canvas({ onOpenTemplates, colorMode }: { onOpenTemplates: () => void; colorMode: 'light' | 'dark' }) {
  const store = useStore();
  const state = useEditorState();
  const analysis = useAnalysis();
  const { lang, l, t } = useI18n();
  const toast = useToast();
  const flow = useReactFlow();
  const measured = useRef(new Map<string, Measured>());
  const [measureTick, setMeasureTick] = useState(0);
  const gesture = useRef<string | null>(null);
  const gestureCount = useRef(0);
  const box = useRef<HTMLDivElement>(null);
  useLevelOfDetail(box);
  useKeepFitted(box);
  const flowElements = useFlowElements(state.graph, state.selection, analysis, lang, measured.current, measureTick);
  const { edges } = flowElements;
  // Ports follow the way the document flows (down, or right after a left-to-right layout).
  const direction = useMemo(() => flowDirectionOf(state.graph), [state.graph]);
  const updateInternals = useUpdateNodeInternals();
  const nodeIds = useRef<string[]>([]);
  nodeIds.current = state.graph.nodes.map((n) => n.id);
  useEffect(() => { updateInternals(nodeIds.current); }, [direction, updateInternals]);
  const miniMap = useMiniMapWanted(state.graph.nodes.length);
  // The card's "Apply" fixes the problem it shows; read from the store at click time, so the context never changes.
  const analysisRef = useRef(analysis);
  analysisRef.current = analysis;
  const onApplyFix = useCallback((nodeId: string) => {
    const action = shownDiagnostic(analysisRef.current.nodes[nodeId])?.action;
    if (!action) return;
    const r = store.run(applyFix, action);
    if (!r.ok) toast(t('fix.failed', { error: r.error }), 'error');
  }, [store, toast, t]);
  // While a run uses the document the canvas is read-only (selection still works: it picks the block
  // whose feature maps are shown), and blocks with live feature maps are marked.
  const readOnly = state.readOnly !== null;
  const live = useLiveBlocks();
  const nodes = useMemo(() => (live.size === 0 ? flowElements.nodes
    : flowElements.nodes.map((n) => (live.has(n.id) ? { ...n, className: `${n.className ?? ''} ll-live` } : n))), [flowElements.nodes, live]);

  const onNodesChange = useCallback((changes: NodeChange<BlockNodeType>[]) => {
    const positions: Record<string, Position> = {};
    let moved = false;
    let selectionChanged = false;
    let dims = false;
    const sel = new Set(store.getState().selection.nodes);
    for (const c of changes) {
      if (c.type === 'position' && c.position) { positions[c.id] = c.position; moved = true; }
      else if (c.type === 'select') { selectionChanged = true; if (c.selected) sel.add(c.id); else sel.delete(c.id); }
      else if (c.type === 'dimensions' && c.dimensions) {
        const prev = measured.current.get(c.id);
        if (!prev || prev.width !== c.dimensions.width || prev.height !== c.dimensions.height) {
          measured.current.set(c.id, { width: c.dimensions.width, height: c.dimensions.height });
          dims = true;
        }
      }
    }
    if (moved) store.run(moveBlocks, { positions, gesture: gesture.current ?? `move-${++gestureCount.current}` });
    if (selectionChanged) store.select(sel, store.getState().selection.edges);
    if (dims) setMeasureTick((n) => n + 1);
  }, [store]);

  const onEdgesChange = useCallback((changes: EdgeChange<Edge>[]) => {
    const sel = new Set(store.getState().selection.edges);
    let changed = false;
    for (const c of changes) if (c.type === 'select') { changed = true; if (c.selected) sel.add(c.id); else sel.delete(c.id); }
    if (changed) store.select(store.getState().selection.nodes, sel);
  }, [store]);

  const onNodeDragStart = useCallback(() => { gesture.current = `drag-${++gestureCount.current}`; }, []);
  const onNodeDragStop = useCallback(() => { gesture.current = null; }, []);

  const isValidConnection = useCallback((c: Connection | Edge) => canConnect(store.getState().graph, c.source, c.target).ok, [store]);

  const onConnect = useCallback((c: Connection) => {
    const r = store.run(connect, { source: c.source, target: c.target });
    if (!r.ok) toast(t('connect.refused', { reason: r.error }), 'error');
  }, [store, toast, t]);

  const onConnectEnd = useCallback((_e: MouseEvent | TouchEvent, s: FinalConnectionState) => {
    if (s.isValid !== false || !s.fromNode || !s.toNode) return;
    const [source, target] = s.fromHandle?.type === 'target' ? [s.toNode.id, s.fromNode.id] : [s.fromNode.id, s.toNode.id];
    const check = canConnect(store.getState().graph, source, target);
    if (!check.ok) toast(t('connect.refused', { reason: l(check.reason) }), 'error');
  }, [store, toast, t, l]);

  const dropEdge = useRef<Element | null>(null);
  const markDropEdge = useCallback((el: Element | null) => {
    if (dropEdge.current === el) return;
    dropEdge.current?.classList.remove('ll-drop-target');
    el?.classList.add('ll-drop-target');
    dropEdge.current = el;
  }, []);

  const onDragOver = useCallback((e: DragEvent) => {
    if (!e.dataTransfer.types.includes(BLOCK_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    markDropEdge(edgeAt(e.clientX, e.clientY));
  }, [markDropEdge]);

  const onDragLeave = useCallback(() => markDropEdge(null), [markDropEdge]);

  const onDrop = useCallback((e: DragEvent) => {
    const kind = e.dataTransfer.getData(BLOCK_DRAG_TYPE);
    if (!kind) return;
    e.preventDefault();
    const lock = store.getState().readOnly;
    if (lock) { markDropEdge(null); toast(l(lock), 'error'); return; }
    const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const position = { x: p.x - NODE_WIDTH / 2, y: p.y - 30 };
    const edge = edgeAt(e.clientX, e.clientY);
    markDropEdge(null);
    const edgeId = edge?.getAttribute('data-id');
    if (edgeId && insertIntoEdge(store, kind, edgeId, position)) return;
    const id = newNodeId(store.getState().graph, kind);
    const r = store.run(addBlock, { id, kind, position });
    if (r.ok) store.select([id]);
  }, [flow, store, markDropEdge, toast, l]);

  const onPaneClick = useCallback(() => store.clearSelection(), [store]);
  // A pan or zoom by the user (it comes with an input event) ends "keep fitted"; one by fitView has none.
  const onUserMove = useCallback((event: MouseEvent | TouchEvent | null) => { if (event) markFitted(false); }, []);
  // React Flow's screen-reader texts in the user's language (its defaults are English).
  const ariaLabels = useMemo(() => ({
    'node.a11yDescription.default': t('canvas.a11yNode'),
    'node.a11yDescription.keyboardDisabled': t('canvas.a11yNode'),
    'edge.a11yDescription.default': t('canvas.a11yEdge'),
    'minimap.ariaLabel': t('canvas.minimap'),
    'handle.ariaLabel': t('canvas.port'),
  }), [t]);

  return (
    <div ref={box} className={`ll-canvas ${readOnly ? 'read-only' : ''} ${live.size ? 'live' : ''}`} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop}
      data-testid="canvas" data-flow={direction}>
      <FlowDirectionContext.Provider value={direction}>
      <ApplyFixContext.Provider value={readOnly ? null : onApplyFix}>
      <ReactFlow<BlockNodeType, Edge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onPaneClick={onPaneClick}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={!readOnly}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={multiKeys}
        colorMode={colorMode}
        minZoom={0.05}
        maxZoom={2.5}
        onlyRenderVisibleElements={false}
        proOptions={proOptions}
        defaultEdgeOptions={edgeDefaults}
        ariaLabelConfig={ariaLabels}
        onMoveStart={onUserMove}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
        {miniMap && <MiniMap pannable zoomable position="bottom-right" className="ll-minimap" nodeClassName={miniClass} />}
      </ReactFlow>
      </ApplyFixContext.Provider>
      </FlowDirectionContext.Provider>
      {state.graph.nodes.length === 0 && <EmptyState onOpenTemplates={onOpenTemplates} />}
    </div>
  );
}
