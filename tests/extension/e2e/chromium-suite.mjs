// The set-up the Chromium test files share, as node:test hooks: the test
// build, a throwaway home holding the sample dossier, the rehearsal server,
// a profile with the host registered, and the browser. Call inside
// describe(); the returned object is filled in by before(). emptyHome: a
// data directory without any dossier (the editor's tests start there).
import { after, before } from 'node:test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAll, cleanup, emptyDataDir, makeHome, startServer, writeChromiumHostManifest } from './support.mjs';
import { launchChromium, serviceWorker } from './chromium-browser.mjs';

export function withChromium(prefix, { emptyHome = false } = {}) {
  const ctx = {};
  before(async () => {
    const ext = buildAll();
    ctx.home = emptyHome ? emptyDataDir(`beian-${prefix}-`) : makeHome(`beian-${prefix}-`);
    ctx.server = await startServer(ctx.home);
    ctx.profileDir = mkdtempSync(join(tmpdir(), `beian-${prefix}-profile-`));
    writeChromiumHostManifest(ctx.profileDir);
    ctx.browser = await launchChromium(ext.chromium, ctx.home, ctx.profileDir);
    ctx.worker = await serviceWorker(ctx.browser);
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.stop();
    cleanup(ctx.profileDir);
    cleanup(ctx.home);
  });
  return ctx;
}
