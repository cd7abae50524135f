// Runs `npm ci` only when node_modules is missing or was installed from another package-lock.json,
// so a repeated Maven build does not reinstall ~200 packages. The proof of the last install is a
// hash of the lock file, kept inside node_modules so that deleting node_modules forgets it too.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const nodeModules = `${root}node_modules`;
const marker = `${nodeModules}/.pytopus-installed-lock.sha256`;
const lockHash = createHash('sha256')
  .update(readFileSync(`${root}package-lock.json`))
  .digest('hex');

if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === lockHash) {
  console.log('node_modules matches package-lock.json: skipping npm ci');
  process.exit(0);
}

console.log(
  existsSync(nodeModules)
    ? 'node_modules was installed from another package-lock.json: running npm ci'
    : 'node_modules is missing: running npm ci',
);
const windows = process.platform === 'win32';
const install = spawnSync(windows ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund'], {
  cwd: root,
  stdio: 'inherit',
  shell: windows,
});
if (install.status !== 0) {
  console.error(install.error ?? `npm ci failed with exit code ${String(install.status)}`);
  process.exit(install.status ?? 1);
}
writeFileSync(marker, `${lockHash}\n`);
