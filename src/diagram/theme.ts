/**
 * The diagram's colours: the app's light and dark themes (renderer/styles/app.css, checked equal by a
 * test), plus the colours of a comparison (added, removed, changed).
 */
import type { BlockCategory } from '../graph/blocks/blockDefinition';

export type DiagramThemeName = 'light' | 'dark';

export interface DiagramTheme {
  readonly canvas: string;
  readonly block: string;
  readonly border: string;
  readonly borderStrong: string;
  readonly text: string;
  readonly muted: string;
  readonly chip: string;
  readonly edge: string;
  readonly edgeLabelBg: string;
  readonly error: string;
  readonly errorSoft: string;
  readonly warn: string;
  readonly warnSoft: string;
  readonly category: Readonly<Record<BlockCategory | 'unknown', string>>;
  /** Comparison marks. */
  readonly mark: Readonly<Record<DiagramMark, string>>;
}

export type DiagramMark = 'added' | 'removed' | 'changed' | 'affected' | 'focus';

export const THEMES: Readonly<Record<DiagramThemeName, DiagramTheme>> = {
  light: {
    canvas: '#f8f9fb', block: '#ffffff', border: '#e2e5ea', borderStrong: '#cdd2da', text: '#1b2230', muted: '#687385', chip: '#f1f3f7',
    edge: '#9aa3b2', edgeLabelBg: '#ffffff', error: '#dc2626', errorSoft: '#fef1f1', warn: '#b45309', warnSoft: '#fff7e6',
    category: {
      io: '#0284c7', convolution: '#4f46e5', pooling: '#0d9488', dense: '#d97706', regularisation: '#9333ea',
      activation: '#db2777', merge: '#16a34a', resize: '#ea580c', unknown: '#64748b',
    },
    mark: { added: '#16a34a', removed: '#dc2626', changed: '#d97706', affected: '#94a3b8', focus: '#f59e0b' },
  },
  dark: {
    canvas: '#11161d', block: '#1a2029', border: '#262d39', borderStrong: '#343d4c', text: '#e5e9f0', muted: '#8d97a8', chip: '#242b36',
    edge: '#5b6576', edgeLabelBg: '#1a2029', error: '#f87171', errorSoft: '#2d1618', warn: '#fbbf24', warnSoft: '#2a2110',
    category: {
      io: '#38bdf8', convolution: '#818cf8', pooling: '#2dd4bf', dense: '#fbbf24', regularisation: '#c084fc',
      activation: '#f472b6', merge: '#4ade80', resize: '#fb923c', unknown: '#64748b',
    },
    mark: { added: '#4ade80', removed: '#f87171', changed: '#fbbf24', affected: '#64748b', focus: '#fbbf24' },
  },
};

/** The CSS variable each colour comes from, for the test that keeps the diagram and the app in step. */
export const CSS_VARIABLES: Readonly<Record<string, string>> = {
  canvas: '--canvas', block: '--block', border: '--border', borderStrong: '--border-strong', text: '--text', muted: '--muted', chip: '--chip',
  edge: '--edge', edgeLabelBg: '--edge-label-bg', error: '--error', errorSoft: '--error-soft', warn: '--warn', warnSoft: '--warn-soft',
};

export const FONT = "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', Roboto, sans-serif";
export const MONO = "ui-monospace, 'SF Mono', 'Cascadia Mono', 'JetBrains Mono', Menlo, Consolas, 'Noto Sans Mono CJK SC', monospace";
