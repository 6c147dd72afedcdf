/** The `<project | --template NAME> [--input HxWxC] [--classes N]` argument shared by summary, train and export. */
import { existsSync } from 'node:fs';
import { getTemplate, TEMPLATES } from '../graph/templates/index';
import { parseProject, ProjectFileError, type Project } from '../graph/projectFile';
import type { Graph, GraphNode } from '../graph/types';
import { CliError } from './cliError';
import { readRegularText } from '../files/regularFile';

export interface LoadedGraph {
  readonly name: string;
  readonly graph: Graph;
  /** The project, when the graph came from a file. */
  readonly project?: Project;
}

export async function loadGraphArg(
  positional: readonly string[],
  flags: { template?: string | boolean; input?: [number, number, number]; classes?: number },
): Promise<LoadedGraph> {
  const template = typeof flags.template === 'string' ? flags.template : undefined;
  if (template && positional.length) throw new CliError('give either a project file or --template, not both');
  if (template) {
    const t = getTemplate(template);
    if (!t) throw new CliError(`unknown template "${template}". Templates: ${TEMPLATES.map((x) => x.name).join(', ')}`);
    return { name: t.name, graph: t.build({ input: flags.input, classes: flags.classes }) };
  }
  const path = positional[0];
  if (!path) throw new CliError('give a project file (*.layerloom.json) or --template NAME');
  if (positional.length > 1) throw new CliError(`unexpected argument "${positional[1]}"`);
  let text: string;
  try {
    text = await readRegularText(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `project file not found: ${path}` : `cannot read ${path}: ${(err as Error).message}`);
  }
  let project: Project;
  try {
    project = parseProject(text);
  } catch (err) {
    if (err instanceof ProjectFileError) throw new CliError(`${path}: ${err.message}`);
    throw err;
  }
  const graph = resizeGraph(project.graph, flags.input, flags.classes);
  return { name: project.meta.name, graph, project };
}

/** Sets the Input block's size and the Output block's class count (the rest of the network adapts). */
export function resizeGraph(graph: Graph, input?: readonly [number, number, number], classes?: number): Graph {
  if (!input && classes === undefined) return graph;
  const nodes = graph.nodes.map((n): GraphNode => {
    if (n.kind === 'Input' && input) return { ...n, params: { ...n.params, height: input[0], width: input[1], channels: input[2] } };
    if (n.kind === 'Output' && classes !== undefined) return { ...n, params: { ...n.params, classes } };
    return n;
  });
  return { ...graph, nodes };
}

/**
 * A network named on the command line where either kind may appear (`diff A B`): an existing file is a
 * project, `template:NAME` or a template's name is that template.
 */
export async function loadNetworkRef(ref: string): Promise<LoadedGraph> {
  const named = ref.startsWith('template:') ? ref.slice('template:'.length) : null;
  if (named !== null || (!existsSync(ref) && getTemplate(ref))) return loadGraphArg([], { template: named ?? ref });
  if (!existsSync(ref)) {
    throw new CliError(`"${ref}" is neither a project file nor a template (templates: ${TEMPLATES.map((x) => x.name).join(', ')})`);
  }
  return loadGraphArg([ref], {});
}
