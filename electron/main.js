// The app's entry point (package.json "main"), run by Electron. The shell is TypeScript bundled by
// electron/build.js into dist/electron; `npm start` (bin/start.js) builds it before launching.
// A static import, so the bundle's pre-"ready" set-up (privileged scheme, sandbox) runs in time.
import '../dist/electron/main.mjs';
