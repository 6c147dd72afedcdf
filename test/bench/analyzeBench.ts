/**
 * Analysis speed: `npx tsx test/bench/analyzeBench.ts`. analyze() runs on every edit, so it must stay
 * well under a 16 ms frame on the largest graphs people build (ResNet-152: over 500 blocks).
 */
import { analyze } from '../../src/graph/analyze';
import { getTemplate } from '../../src/graph/templates/index';

function bench(name: string): void {
  const graph = getTemplate(name)!.build();
  for (let i = 0; i < 20; i++) analyze(graph); // warm-up (JIT)
  const times: number[] = [];
  // CPU time too: on a shared, busy machine wall time mostly measures waiting for a core.
  const cpu: number[] = [];
  for (let i = 0; i < 200; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    analyze(graph);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const at = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))].toFixed(3);
  console.log(`${name.padEnd(10)} ${String(graph.nodes.length).padStart(4)} blocks ${String(graph.edges.length).padStart(4)} edges  `
    + `wall median ${at(times, 0.5)} ms  p95 ${at(times, 0.95)} ms  max ${at(times, 1)} ms | CPU median ${at(cpu, 0.5)} ms  p95 ${at(cpu, 0.95)} ms`);
}

for (const name of ['lenet5', 'resnet50', 'resnet152']) bench(name);
