/**
 * A network as an SVG diagram for slides: the canvas's block cards (title, chips, output shape, parameters,
 * receptive field, problems) at their document positions, connections drawn as React Flow draws them
 * (cubic Béziers between the ports, the output shape on each), light or dark, English or Chinese, the
 * whole network or a selection. Pure (no DOM), shared by the CLI and the app; every user string is escaped.
 */
import type { Analysis } from '../graph/analysisTypes';
import type { Language } from '../graph/localized';
import { formatShape } from '../graph/numberFormat';
import type { Graph, GraphNode } from '../graph/types';
import { blockFace } from './blockFace';
import { BORDER_TOP, layoutCard, type CardLayout, type TextBox } from './cardLayout';
import { FONT, MONO, THEMES, type DiagramMark, type DiagramTheme, type DiagramThemeName } from './theme';
import { textWidth } from './textWidth';

export type PortSide = 'top' | 'bottom' | 'left' | 'right';

export interface DiagramOptions {
  readonly lang?: Language;
  readonly theme?: DiagramThemeName;
  /** Only these blocks and the connections between them. */
  readonly select?: ReadonlySet<string>;
  /** Block sizes measured on screen (the app passes React Flow's); otherwise computed from the card layout. */
  readonly sizes?: ReadonlyMap<string, { readonly width: number; readonly height: number }>;
  /** Colours blocks: a comparison's added/removed/changed, or a lesson's focus. */
  readonly marks?: ReadonlyMap<string, DiagramMark>;
  /** Words shown beside marked blocks ("+ added"); none by default. */
  readonly markLabels?: Partial<Record<DiagramMark, string>>;
  /** Where connections leave and enter blocks (the canvas's layout direction). */
  readonly ports?: { readonly source: PortSide; readonly target: PortSide };
  readonly padding?: number;
  /** A caption above the network. */
  readonly title?: string;
  /** Draw the ports as the canvas does. */
  readonly handles?: boolean;
}

export interface DiagramBlockBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Diagram {
  readonly svg: string;
  /** Size in CSS pixels (the SVG's user units). */
  readonly width: number;
  readonly height: number;
  /** Where each block was drawn, in document coordinates (for tests and for placing overlays). */
  readonly blocks: readonly DiagramBlockBox[];
  /** Document coordinates of the SVG's top-left corner. */
  readonly origin: { readonly x: number; readonly y: number };
}

const HANDLE = 12;
const CURVATURE = 0.25;

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
    // Characters XML 1.0 forbids (a control character in a label would make the file unreadable).
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

/** React Flow's getBezierPath: control points pulled out from each port by half the distance (or a curvature term when the ports face away). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance);
}

function control(side: PortSide, x1: number, y1: number, x2: number, y2: number): [number, number] {
  switch (side) {
    case 'left': return [x1 - controlOffset(x1 - x2), y1];
    case 'right': return [x1 + controlOffset(x2 - x1), y1];
    case 'top': return [x1, y1 - controlOffset(y1 - y2)];
    case 'bottom': return [x1, y1 + controlOffset(y2 - y1)];
  }
}

function portPoint(box: DiagramBlockBox, side: PortSide): [number, number] {
  // The port is a 12 px handle centred on the card's edge; React Flow joins at its outer edge.
  switch (side) {
    case 'top': return [box.x + box.width / 2, box.y - HANDLE / 2];
    case 'bottom': return [box.x + box.width / 2, box.y + box.height + HANDLE / 2];
    case 'left': return [box.x - HANDLE / 2, box.y + box.height / 2];
    case 'right': return [box.x + box.width + HANDLE / 2, box.y + box.height / 2];
  }
}

function edgePath(sx: number, sy: number, sSide: PortSide, tx: number, ty: number, tSide: PortSide) {
  const [scx, scy] = control(sSide, sx, sy, tx, ty);
  const [tcx, tcy] = control(tSide, tx, ty, sx, sy);
  const lx = sx * 0.125 + scx * 0.375 + tcx * 0.375 + tx * 0.125;
  const ly = sy * 0.125 + scy * 0.375 + tcy * 0.375 + ty * 0.125;
  return { d: `M${n(sx)},${n(sy)} C${n(scx)},${n(scy)} ${n(tcx)},${n(tcy)} ${n(tx)},${n(ty)}`, lx, ly };
}

/** The text's baseline for a line box (the font's ascent sits ~0.78 em below the top of the glyph box). */
function baseline(t: TextBox): number {
  return t.y + (t.height - t.size) / 2 + t.size * 0.8;
}

function textEl(t: TextBox, fill: string): string {
  const family = t.font === 'mono' ? MONO : FONT;
  const spacing = t.role === 'statKey' ? ' letter-spacing="0.3"' : '';
  return `<text x="${n(t.x)}" y="${n(baseline(t))}" font-family="${escapeXml(family)}" font-size="${t.size}" font-weight="${t.weight}" fill="${fill}"${t.anchor === 'middle' ? ' text-anchor="middle"' : ''}${spacing} data-role="${t.role}">${escapeXml(t.text)}</text>`;
}

function cardSvg(node: GraphNode, face: ReturnType<typeof blockFace>, card: CardLayout, box: DiagramBlockBox, th: DiagramTheme, mark: DiagramMark | undefined, markLabel: string | undefined, handles: boolean, ports: { source: PortSide; target: PortSide }): string {
  const cat = th.category[face.category];
  const w = box.width;
  const h = box.height;
  const sev = face.severity;
  const stroke = sev === 'error' ? th.error : sev === 'warning' ? th.warn : th.borderStrong;
  const top = sev === 'error' ? th.error : cat;
  const parts: string[] = [];
  if (mark) {
    const c = th.mark[mark];
    parts.push(`<rect x="-4" y="-4" width="${n(w + 8)}" height="${n(h + 8)}" rx="11" fill="none" stroke="${c}" stroke-width="${mark === 'affected' ? 1.5 : 3}"${mark === 'affected' ? ' stroke-dasharray="5 4"' : ''}/>`);
    if (markLabel) {
      const lw = textWidth(markLabel, 11, 'sans', true) + 12;
      parts.push(`<rect x="${n(w - lw)}" y="-22" width="${n(lw)}" height="16" rx="8" fill="${c}"/>`,
        `<text x="${n(w - lw / 2)}" y="-10" font-family="${escapeXml(FONT)}" font-size="11" font-weight="700" fill="#ffffff" text-anchor="middle">${escapeXml(markLabel)}</text>`);
    }
  }
  parts.push(`<rect x="0.5" y="0.5" width="${n(w - 1)}" height="${n(h - 1)}" rx="8" fill="${th.block}" stroke="${stroke}"/>`);
  // The 3 px top border, rounded with the card.
  parts.push(`<path d="M0,8 A8,8 0 0 1 8,0 H${n(w - 8)} A8,8 0 0 1 ${n(w)},8 V${BORDER_TOP + 5} A8,5 0 0 0 ${n(w - 8)},${BORDER_TOP} H8 A8,5 0 0 0 0,${BORDER_TOP + 5} Z" fill="${top}"/>`);
  parts.push(`<rect x="${card.swatch.x}" y="${n(card.swatch.y)}" width="${card.swatch.size}" height="${card.swatch.size}" rx="3" fill="${cat}"/>`);
  if (card.badge) parts.push(`<circle cx="${n(card.badge.cx)}" cy="${n(card.badge.cy)}" r="${card.badge.r}" fill="${sev === 'error' ? th.error : th.warn}"/>`);
  for (const c of card.chips) parts.push(`<rect x="${n(c.x)}" y="${n(c.y)}" width="${n(c.width)}" height="${n(c.height)}" rx="4" fill="${th.chip}"/>`);
  parts.push(`<line x1="1" x2="${n(w - 1)}" y1="${n(card.statsTop + 0.5)}" y2="${n(card.statsTop + 0.5)}" stroke="${th.border}"/>`);
  for (const d of card.statDividers) parts.push(`<line x1="${n(d.x + 0.5)}" x2="${n(d.x + 0.5)}" y1="${n(d.y)}" y2="${n(d.y + d.height)}" stroke="${th.border}"/>`);
  for (const r of card.projectionRules) parts.push(`<rect x="${n(r.x)}" y="${n(r.y)}" width="2" height="${n(r.height)}" fill="${th.category.merge}"/>`);
  if (card.problemTop !== null) {
    parts.push(`<path d="M1,${n(card.problemTop)} H${n(w - 1)} V${n(h - 8)} A7,7 0 0 1 ${n(w - 8)},${n(h - 1)} H8 A7,7 0 0 1 1,${n(h - 8)} Z" fill="${sev === 'error' ? th.errorSoft : th.warnSoft}"/>`,
      `<line x1="1" x2="${n(w - 1)}" y1="${n(card.problemTop + 0.5)}" y2="${n(card.problemTop + 0.5)}" stroke="${th.border}"/>`);
  }
  for (const t of card.texts) {
    const fill = t.role === 'badge' ? '#ffffff' : t.role === 'kind' || t.role === 'statKey' ? th.muted
      : t.role === 'problem' ? (sev === 'error' ? th.error : th.warn) : t.role === 'projection' ? th.category.merge : th.text;
    parts.push(textEl(t, fill));
  }
  if (handles) {
    const port = (side: PortSide) => {
      const [px, py] = portPoint({ ...box, x: 0, y: 0 }, side);
      const [cx, cy] = side === 'top' || side === 'bottom' ? [px, py + (side === 'top' ? HANDLE / 2 : -HANDLE / 2)] : [px + (side === 'left' ? HANDLE / 2 : -HANDLE / 2), py];
      return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${HANDLE / 2 - 1}" fill="${th.block}" stroke="${cat}" stroke-width="2"/>`;
    };
    if (face.hasInput) parts.push(port(ports.target));
    if (face.hasOutput) parts.push(port(ports.source));
  }
  return `<g class="block" data-id="${escapeXml(node.id)}" data-kind="${escapeXml(node.kind)}" transform="translate(${n(box.x)},${n(box.y)})">${parts.join('')}</g>`;
}

export function writeDiagramSvg(graph: Graph, analysis: Analysis, options: DiagramOptions = {}): Diagram {
  const lang = options.lang ?? 'en';
  const th = THEMES[options.theme ?? 'light'];
  const ports = options.ports ?? { source: 'bottom', target: 'top' };
  const handles = options.handles ?? true;
  const pad = options.padding ?? 32;
  const nodes = graph.nodes.filter((x) => !options.select || options.select.has(x.id));
  const shown = new Set(nodes.map((x) => x.id));
  const faces = new Map(nodes.map((x) => [x.id, blockFace(x, analysis.nodes[x.id], lang)]));
  const cards = new Map(nodes.map((x) => [x.id, layoutCard(faces.get(x.id)!)]));
  const boxes = new Map<string, DiagramBlockBox>(nodes.map((x) => {
    const measured = options.sizes?.get(x.id);
    const card = cards.get(x.id)!;
    return [x.id, { id: x.id, x: x.position.x, y: x.position.y, width: measured?.width ?? card.width, height: measured?.height ?? card.height }];
  }));
  const edges = graph.edges.filter((e) => shown.has(e.source) && shown.has(e.target));

  // Edges first (under the blocks), with their output-shape labels.
  const edgeSvg: string[] = [];
  const labelSvg: string[] = [];
  let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
  const grow = (x0: number, y0: number, x1: number, y1: number) => { minX = Math.min(minX, x0); minY = Math.min(minY, y0); maxX = Math.max(maxX, x1); maxY = Math.max(maxY, y1); };
  for (const b of boxes.values()) grow(b.x - HANDLE, b.y - HANDLE - (options.marks?.has(b.id) && options.markLabels ? 22 : 0), b.x + b.width + HANDLE, b.y + b.height + HANDLE);
  for (const e of edges) {
    const s = boxes.get(e.source)!;
    const t = boxes.get(e.target)!;
    const [sx, sy] = portPoint(s, ports.source);
    const [tx, ty] = portPoint(t, ports.target);
    const { d, lx, ly } = edgePath(sx, sy, ports.source, tx, ty, ports.target);
    const error = analysis.nodes[e.target]?.diagnostics.some((x) => x.severity === 'error' && (x.edgeId === e.id || x.code === 'shape' || x.code === 'extra-input'));
    edgeSvg.push(`<path d="${d}" fill="none" stroke="${error ? th.error : th.edge}" stroke-width="1.6"${error ? ' stroke-dasharray="5 4"' : ''} data-edge="${escapeXml(e.id)}"/>`);
    const shape = analysis.nodes[e.source]?.outputShape;
    if (shape) {
      const label = formatShape(shape);
      const w = textWidth(label, 11, 'mono') + 12;
      const h = 13 + 6;
      labelSvg.push(`<g data-edge-label="${escapeXml(e.id)}"><rect x="${n(lx - w / 2)}" y="${n(ly - h / 2)}" width="${n(w)}" height="${h}" rx="4" fill="${th.edgeLabelBg}" stroke="${th.border}"/>`
        + `<text x="${n(lx)}" y="${n(ly + 4)}" font-family="${escapeXml(MONO)}" font-size="11" fill="${th.muted}" text-anchor="middle">${escapeXml(label)}</text></g>`);
      grow(lx - w / 2, ly - h / 2, lx + w / 2, ly + h / 2);
    }
  }
  const blockSvg = nodes.map((x) => cardSvg(x, faces.get(x.id)!, cards.get(x.id)!, boxes.get(x.id)!, th, options.marks?.get(x.id),
    options.marks?.has(x.id) ? options.markLabels?.[options.marks.get(x.id)!] : undefined, handles, ports));
  if (!nodes.length) { minX = 0; minY = 0; maxX = 0; maxY = 0; }
  const titleH = options.title ? 36 : 0;
  const ox = Math.floor(minX - pad);
  const oy = Math.floor(minY - pad - titleH);
  const width = Math.ceil(maxX + pad) - ox;
  const height = Math.ceil(maxY + pad) - oy;
  const title = options.title
    ? `<text x="${n(ox + pad)}" y="${n(oy + pad + 18)}" font-family="${escapeXml(FONT)}" font-size="20" font-weight="700" fill="${th.text}">${escapeXml(options.title)}</text>`
    : '';
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${ox} ${oy} ${width} ${height}" lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    `<rect x="${ox}" y="${oy}" width="${width}" height="${height}" fill="${th.canvas}"/>`,
    title, ...edgeSvg, ...labelSvg, ...blockSvg, '</svg>',
  ].join('\n');
  return { svg, width, height, blocks: [...boxes.values()], origin: { x: ox, y: oy } };
}
