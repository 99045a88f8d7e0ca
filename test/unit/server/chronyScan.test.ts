import * as assert from 'node:assert/strict';
import { scanDouble, scanHex32, scanInt, scanSequence, scanUint32, scanULong, scanWord, strtol10 } from '../../../server/src/languages/chrony/cScan';

/** [value, %n] or null, for compact expectations. */
const r = <T>(x: { value: T; end: number } | null): [T, number] | null => (x ? [x.value, x.end] : null);

// Expected values were produced by glibc 2.36/2.41 (lenient) and 2.43 (strict) with the same inputs.
suite('chrony: sscanf emulation', () => {
	test('%d: sign, prefix, wrap-around of strtol\'s long to int', () => {
		assert.deepEqual(r(scanInt('5x')), [5, 1]);
		assert.deepEqual(r(scanInt('+5')), [5, 2]);
		assert.equal(scanInt('-'), null);
		assert.equal(scanInt('+-1'), null);
		assert.equal(scanInt('x'), null);
		assert.equal(scanInt(''), null);
		assert.deepEqual(r(scanInt('0x10')), [0, 1]);
		assert.deepEqual(r(scanInt('99999999999')), [1215752191, 11]);
		assert.deepEqual(r(scanInt('2147483648')), [-2147483648, 10]);
		assert.deepEqual(r(scanInt('9223372036854775808')), [-1, 19], 'saturates at LONG_MAX, whose low 32 bits are -1');
		assert.deepEqual(r(scanInt('a 7', 1)), [7, 3], 'leading blanks are skipped');
	});

	test('%u / %lu / %x', () => {
		assert.deepEqual(r(scanUint32('-1')), [4294967295, 2]);
		assert.deepEqual(r(scanUint32('-5')), [4294967291, 2]);
		assert.deepEqual(r(scanULong('-1')), [18446744073709551615n, 2]);
		assert.deepEqual(r(scanHex32('F323')), [0xF323, 4]);
		assert.deepEqual(r(scanHex32('-0x10')), [4294967280, 5]);
		assert.deepEqual(r(scanHex32('0xg')), [0, 2]);
		assert.equal(scanHex32('0xg', 0, true), null, 'glibc 2.43: 0x needs a digit');
	});

	test('%lf: what glibc collects, and strict glibc 2.43', () => {
		assert.deepEqual(r(scanDouble('1e')), [1, 2]);
		assert.equal(scanDouble('1e', 0, true), null);
		assert.deepEqual(r(scanDouble('1e+')), [1, 3]);
		assert.deepEqual(r(scanDouble('1.5.3')), [1.5, 3]);
		assert.deepEqual(r(scanDouble('0x1p')), [1, 4]);
		assert.equal(scanDouble('0x1p', 0, true), null);
		assert.deepEqual(r(scanDouble('0x.p1')), [0, 3]);
		assert.deepEqual(r(scanDouble('0x1.8p1')), [3, 7]);
		assert.equal(scanDouble('0x'), null);
		assert.equal(scanDouble('-0x'), null);
		assert.equal(scanDouble('.'), null);
		assert.equal(scanDouble('.e1'), null);
		assert.equal(scanDouble('-'), null);
		assert.equal(scanDouble('infinit'), null);
		assert.deepEqual(r(scanDouble('infx')), [Infinity, 3]);
		assert.deepEqual(r(scanDouble('-Infinity')), [-Infinity, 9]);
		const nan = scanDouble('nan(12)');
		assert.ok(nan && Number.isNaN(nan.value) && nan.end === 3);
		assert.deepEqual(r(scanDouble('1.e1')), [10, 4]);
		assert.deepEqual(r(scanDouble('0e5')), [0, 3]);
	});

	test('%4s, strtol and multi-conversion formats', () => {
		assert.deepEqual(r(scanWord('abcdef', 0, 4)), ['abcd', 4]);
		assert.equal(scanWord('   ', 0, 4), null);
		assert.deepEqual(strtol10('-12x'), { value: -12n, end: 3, erange: false });
		assert.deepEqual(strtol10('9223372036854775808'), { value: 9223372036854775807n, end: 19, erange: true });
		assert.deepEqual(strtol10('x'), { value: 0n, end: 0, erange: false });
		assert.deepEqual(scanSequence('1 2', ['lf', 'd']), { count: 2, ends: [1, 3] });
		assert.deepEqual(scanSequence('1x 2', ['lf', 'd']).count, 1);
		assert.deepEqual(scanSequence('10-1 5', ['lf', 'd']).count, 2);
		assert.deepEqual(scanSequence('1e 3', ['lf', 'd']).count, 2);
		assert.deepEqual(scanSequence('1e 3', ['lf', 'd'], true).count, 0);
	});
});
