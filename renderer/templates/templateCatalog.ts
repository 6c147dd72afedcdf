/** The templates gallery's source and auto-layout, from the core (src/graph/templates, src/graph/layout). */
import type { Localized } from '../../src/graph/localized';
import { withAutoLayout } from '../../src/graph/editing/autoLayout';
import type { Graph } from '../../src/graph/types';

export interface TemplateEntry {
  readonly name: string;
  readonly title: Localized;
  readonly description: Localized;
  build(): Graph;
}

export const TEMPLATE_LIST: readonly TemplateEntry[] = [];

export function layoutGraph(graph: Graph): Graph {
  return withAutoLayout(graph);
}
