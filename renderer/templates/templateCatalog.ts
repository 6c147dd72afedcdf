/** The templates gallery's source and auto-layout, from the core (src/graph/templates, src/graph/layout). */
import { layoutGraph as coreLayout, type LayoutOptions } from '../../src/graph/layout';
import { TEMPLATES, type Template } from '../../src/graph/templates/index';
import type { Graph } from '../../src/graph/types';

export type TemplateEntry = Template;

export const TEMPLATE_LIST: readonly TemplateEntry[] = TEMPLATES;

export function layoutGraph(graph: Graph, options?: LayoutOptions): Graph {
  return coreLayout(graph, options);
}
