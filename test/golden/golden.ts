/**
 * Golden-file helper: compares rendered output with test/golden/*.golden.txt; UPDATE_GOLDEN=1 rewrites them.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO } from '../util/paths';

/** Asserts that `actual` equals the stored golden text (or stores it under UPDATE_GOLDEN=1). */
export function assertGolden(name: string, actual: string): void {
	const file = join(REPO, 'test', 'golden', `${name}.golden.txt`);
	if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
		if (process.env.CI === 'true' && !existsSync(file)) {
			assert.fail(`golden file ${name}.golden.txt is missing; run UPDATE_GOLDEN=1 npm test and commit it`);
		}
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, actual);
		return;
	}
	assert.equal(actual, readFileSync(file, 'utf8'), `${name} differs from its golden file (UPDATE_GOLDEN=1 to accept)`);
}
