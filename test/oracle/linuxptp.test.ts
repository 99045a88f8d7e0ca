import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { REPO, SHARED } from '../util/paths';
import { compare, corpusFiles, fgetsLineMap, ensureOracles, filesIn, ours, report, runOracle, versionsOf, type Agreement } from './oracle';

const TOOLS: { tool: string; kinds: string[]; fixtures: string[] }[] = [
	{ tool: 'ptp4l', kinds: ['ptp4l'], fixtures: [join(REPO, 'test/fixtures/linuxptp'), join(SHARED, 'oracle/tests/ptp4l')] },
	{ tool: 'ts2phc', kinds: ['ts2phc'], fixtures: [join(REPO, 'test/fixtures/ts2phc'), join(SHARED, 'oracle/tests/ts2phc')] },
	{ tool: 'timemaster', kinds: ['timemaster'], fixtures: [join(REPO, 'test/fixtures/timemaster'), join(SHARED, 'oracle/tests/timemaster')] },
];

suite('oracle: linuxptp verdicts agree with the real daemons', function () {
	this.timeout(30 * 60 * 1000);
	const table: string[] = [];

	suiteSetup(function () {
		this.timeout(20 * 60 * 1000);
		ensureOracles();
	});

	suiteTeardown(() => {
		if (table.length > 0) {
			console.log(`\n  linuxptp oracle agreement (corpus + fixtures)\n  ${table.join('\n  ')}\n`);
		}
	});

	for (const t of TOOLS) {
		test(`${t.tool}: every installed version, corpus and fixtures`, () => {
			const versions = versionsOf(t.tool);
			assert.ok(versions.length >= 3, `expected at least 3 installed ${t.tool} versions, got ${versions.join(', ')}`);
			const files = [...corpusFiles(t.kinds).map((c) => c.file), ...t.fixtures.flatMap((d) => filesIn(d, ['.cfg', '.conf']))];
			assert.ok(files.length > 0);
			const failures: string[] = [];
			for (const v of versions) {
				const verdicts = runOracle(t.tool, v, files);
				assert.equal(verdicts.length, files.length, 'one verdict per file');
				const a: Agreement = compare(verdicts, (f) => ours('linuxptp', f, (s) => ({ ...s, linuxptp: { version: v } })), (f) => fgetsLineMap(f, 1024));
				table.push(report(`${t.tool}@${v}`, a));
				failures.push(...a.mismatches);
			}
			assert.deepEqual(failures, [], failures.join('\n'));
		});
	}
});
