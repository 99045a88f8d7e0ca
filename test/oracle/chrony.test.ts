import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { REPO, SHARED } from '../util/paths';
import { compare, corpusFiles, ensureOracles, filesIn, ours, report, runOracle, versionsOf } from './oracle';

suite('oracle: chrony verdicts agree with the real chronyd', function () {
	this.timeout(30 * 60 * 1000);
	const table: string[] = [];

	suiteSetup(function () {
		this.timeout(20 * 60 * 1000);
		ensureOracles();
	});

	suiteTeardown(() => {
		if (table.length > 0) {
			console.log(`\n  chrony oracle agreement (corpus + fixtures)\n  ${table.join('\n  ')}\n`);
		}
	});

	const sets: { label: string; kinds: string[]; dirs: string[]; endings: string[]; extra: string[] }[] = [
		{ label: 'chrony.conf', kinds: ['chrony'], dirs: [join(REPO, 'test/fixtures/chrony'), join(SHARED, 'oracle/tests/chrony')], endings: ['.conf'], extra: [] },
		{ label: '.sources', kinds: ['chrony-sources'], dirs: [join(REPO, 'test/fixtures/chrony'), join(SHARED, 'oracle/tests/chrony')], endings: ['.sources'], extra: ['--sources'] },
	];
	for (const set of sets) {
		test(`${set.label}: every installed chronyd, corpus and fixtures`, () => {
			const versions = versionsOf('chronyd');
			assert.ok(versions.length >= 3, `expected at least 3 installed chronyd versions, got ${versions.join(', ')}`);
			const files = [...corpusFiles(set.kinds).map((c) => c.file), ...set.dirs.flatMap((d) => filesIn(d, set.endings))];
			assert.ok(files.length > 0);
			const failures: string[] = [];
			for (const v of versions) {
				const verdicts = runOracle('chronyd', v, files, set.extra);
				assert.equal(verdicts.length, files.length, 'one verdict per file');
				const a = compare(verdicts, (f) => ours('chrony', f, (s) => ({ ...s, chrony: { version: v } })));
				table.push(report(`chronyd@${v} ${set.label}`, a));
				failures.push(...a.mismatches);
			}
			assert.deepEqual(failures, [], failures.join('\n'));
		});
	}
});
