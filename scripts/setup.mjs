#!/usr/bin/env node
// One-step setup used by `npm test` and `npm start` on a fresh clone: installs npm dependencies when
// they are missing or stale, and the Debian packages the PDF, browser and font parts need (chromium,
// fonts-noto-cjk, poppler-utils) when running as root with apt-get. Only Node built-ins here: this
// runs before node_modules exists.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
const log = (m) => { if (!quiet) console.error(`[setup] ${m}`); };

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

// 1. npm dependencies
const lock = join(root, 'package-lock.json');
const marker = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(marker) || statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000) {
  log('npm ci');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}

// 2. system packages (Debian): never downloaded from a browser vendor
const need = [];
if (!has('chromium') && !existsSync('/usr/bin/chromium')) need.push('chromium');
if (!has('pdftotext')) need.push('poppler-utils');
const fonts = spawnSync('sh', ['-c', 'fc-list 2>/dev/null | grep -qi "Noto Sans CJK"'], { stdio: 'ignore' }).status === 0;
if (!fonts) need.push('fonts-noto-cjk');
// PostgreSQL for the store's tests against a real server (CI machines have one; start it if stopped)
const installPg = !has('pg_ctlcluster');
if (installPg) need.push('postgresql');
if (need.length) {
  const root_ = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root_ && has('apt-get')) {
    log(`apt-get install ${need.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execSync('apt-get update -qq', { stdio: quiet ? 'ignore' : 'inherit', env });
    execSync(`apt-get install -y -qq --no-install-recommends ${need.join(' ')}`, { stdio: quiet ? 'ignore' : 'inherit', env });
  } else {
    log(`missing system packages: ${need.join(' ')} — install them with: sudo apt-get install ${need.join(' ')}`);
  }
}

// 3. PostgreSQL running on 127.0.0.1:5432 (the API tests create and drop a database there)
if (has('pg_ctlcluster') && spawnSync('pg_isready', ['-q', '-h', '127.0.0.1'], { stdio: 'ignore' }).status !== 0) {
  const cluster = spawnSync('sh', ['-c', 'ls /etc/postgresql | head -1'], { encoding: 'utf8' }).stdout.trim();
  if (installPg && cluster) {
    // A cluster we just installed: let local test connections in without a password, as on CI machines.
    execSync(`sed -i '1i host all all 127.0.0.1/32 trust' /etc/postgresql/${cluster}/main/pg_hba.conf`);
  }
  log(`starting PostgreSQL ${cluster}`);
  spawnSync('sh', ['-c', `pg_ctlcluster --skip-systemctl-redirect ${cluster} main start`], { stdio: quiet ? 'ignore' : 'inherit' });
}
