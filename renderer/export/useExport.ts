/** Export the editor's network as Python code (placeholder while the hook is built). */
export type ExportTarget = 'pytorch' | 'keras';

export interface Exporter {
  exportTo(to: ExportTarget, weightsFrom?: string): Promise<void>;
  readonly busy: boolean;
}

export function useExport(): Exporter {
  return { exportTo: async () => undefined, busy: false };
}
