/**
 * The page a browser gets for the app's address without its key (401) or with an old one (403): what
 * happened and what to do, in English and Chinese, instead of a bare "401 Unauthorized". It carries no
 * data of the app, and nothing of the request is echoed back.
 */
const WORDS = {
  401: {
    title: 'LayerLoom needs the full address',
    en: ['This address is missing its key. LayerLoom only answers the address it printed when it started,',
      'which ends in <code>?token=…</code>.'],
    zh: ['此地址缺少访问密钥。LayerLoom 只响应它启动时打印的完整地址（以 <code>?token=…</code> 结尾）。'],
  },
  403: {
    title: 'LayerLoom did not recognise this key',
    en: ['The key in this address is not the one the running LayerLoom printed. A new key is made each time',
      '<code>layerloom serve</code> starts, so an address from an earlier start no longer works.'],
    zh: ['此地址中的密钥与正在运行的 LayerLoom 打印的不一致。每次启动 <code>layerloom serve</code> 都会生成新密钥，之前的地址不再有效。'],
  },
} as const;

export function refusalPage(status: 401 | 403): string {
  const w = WORDS[status];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title}</title>
<style>
  body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", sans-serif; margin: 0; background: #f6f7f9; color: #1d2330; }
  main { max-width: 640px; margin: 12vh auto; padding: 28px 32px; background: #fff; border: 1px solid #dde1e7; border-radius: 12px; }
  h1 { font-size: 20px; margin: 0 0 12px; } h2 { font-size: 15px; margin: 22px 0 6px; }
  code { background: #eef0f4; padding: 1px 5px; border-radius: 4px; font-size: 13px; }
  ol { padding-left: 20px; } .zh { border-top: 1px solid #e5e8ee; margin-top: 22px; padding-top: 6px; }
  @media (prefers-color-scheme: dark) { body { background: #0f1319; color: #e3e7ee; } main { background: #171c24; border-color: #2a313c; } code { background: #232a35; } .zh { border-color: #2a313c; } }
</style></head>
<body><main>
<h1>${w.title}</h1>
<p>${w.en.join(' ')}</p>
<h2>What to do</h2>
<ol>
  <li>Find the terminal where <code>layerloom serve</code> (or <code>npm start</code>) is running, and open the address it printed, <code>http://127.0.0.1:PORT/?token=…</code>.</li>
  <li>If that terminal is closed, run <code>npx layerloom serve</code> again: it opens the browser with the new address.</li>
</ol>
<p>The key keeps other programs and web pages on this computer from using LayerLoom's files and training.</p>
<div class="zh" lang="zh-CN">
<h2>需要完整地址</h2>
<p>${w.zh.join('')}</p>
<ol>
  <li>找到正在运行 <code>layerloom serve</code>（或 <code>npm start</code>）的终端，打开它打印的地址 <code>http://127.0.0.1:端口/?token=…</code>。</li>
  <li>如果该终端已关闭，请重新运行 <code>npx layerloom serve</code>：它会用新地址打开浏览器。</li>
</ol>
</div>
</main></body></html>
`;
}
