/**
 * Where the engine keeps per-user state (recent files, the crash-recovery autosave): the platform's
 * config folder, `LAYERLOOM_CONFIG_DIR` when set, or Electron's userData (passed in by the shell).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultConfigDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.LAYERLOOM_CONFIG_DIR) return env.LAYERLOOM_CONFIG_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'LayerLoom');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'LayerLoom');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'layerloom');
}
