import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ORACLES, REPO } from '../util/paths';
import { ensureOracles } from '../oracle/oracle';

suite('contract: generated tables are up to date', () => {
	test('linuxptp options.generated.ts matches upstream config.c of the releases whose source the oracle installs', function () {
		this.timeout(20 * 60 * 1000);
		ensureOracles();
		const src = join(ORACLES, 'src');
		if (!existsSync(join(src, 'linuxptp-4.2', 'config.c'))) {
			const r = spawnSync('bash', [join(REPO, '..', 'shared', 'oracle', 'install.sh'), '--with-source'], { encoding: 'utf8', timeout: 15 * 60 * 1000 });
			assert.equal(r.status, 0, `install.sh --with-source failed: ${(r.stderr ?? '').slice(-1000)}`);
		}
		const pairs = [['3.1', 'linuxptp-3.1.1'], ['4.2', 'linuxptp-4.2']].filter(([, d]) => existsSync(join(src, d, 'config.c')));
		assert.ok(pairs.length >= 2, 'linuxptp 3.1.1 and 4.2 sources must be installed (install.sh --with-source)');
		const r = spawnSync(process.execPath, [join(REPO, 'scripts/gen-linuxptp.mjs'), '--check', ...pairs.flatMap(([v, d]) => ['--src', `${v}=${join(src, d)}`])], { encoding: 'utf8', cwd: REPO });
		assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
		assert.match(r.stdout, /linuxptp 4\.2: \d+ options match/);
	});
});

suite('contract: chrony generated table is up to date', () => {
	test('directives.generated.ts matches conf.c/cmdparse.c of the chrony sources the oracle installs', function () {
		this.timeout(20 * 60 * 1000);
		ensureOracles();
		const src = join(ORACLES, 'src');
		const pairs = [['4.3', 'chrony-4.3'], ['4.6', 'chrony-4.6.1'], ['4.9', 'chrony-4.9']].filter(([, d]) => existsSync(join(src, d, 'conf.c')));
		assert.ok(pairs.length >= 3, 'chrony 4.3, 4.6.1 and 4.9 sources must be installed (install.sh --with-source)');
		const r = spawnSync(process.execPath, [join(REPO, 'scripts/gen-chrony.mjs'), '--check', ...pairs.flatMap(([v, d]) => ['--src', `${v}=${join(src, d)}`])], { encoding: 'utf8', cwd: REPO });
		assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
	});
});
