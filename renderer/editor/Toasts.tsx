/** Short messages at the bottom of the window (refused connections, saves, file errors). */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export type ToastKind = 'info' | 'error' | 'success';
interface Toast { readonly id: number; readonly kind: ToastKind; readonly text: string }

const Ctx = createContext<(text: string, kind?: ToastKind) => void>(() => {});

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const next = useRef(1);
  const show = useCallback((text: string, kind: ToastKind = 'info') => {
    const id = next.current++;
    setToasts((ts) => [...ts.filter((t) => t.text !== text).slice(-3), { id, kind, text }]);
    setTimeout(() => setToasts((ts) => ts.filter((t) => t.id !== id)), kind === 'error' ? 6000 : 3500);
  }, []);
  const value = useMemo(() => show, [show]);
  return (
    <Ctx.Provider value={value}>
      {children}
      <div className="ll-toasts" role="status" aria-live="polite">
        {toasts.map((t) => <div key={t.id} className={`ll-toast ${t.kind}`} data-testid="toast">{t.text}</div>)}
      </div>
    </Ctx.Provider>
  );
}

export function useToast(): (text: string, kind?: ToastKind) => void {
  return useContext(Ctx);
}
