import * as assert from 'node:assert/strict';
import { parseCDouble, parseCInt, parseCUint } from '../../../server/src/values/cNumbers';

suite('C number rules (strtol/strtoul/strtod)', () => {
	test('strtol base 0: decimal, hex, octal', () => {
		assert.deepEqual(parseCInt('42', 0, 100), { ok: true, value: 42 });
		assert.deepEqual(parseCInt('0x10', 0, 255), { ok: true, value: 16 });
		assert.deepEqual(parseCInt('010', 0, 255), { ok: true, value: 8 });
		assert.deepEqual(parseCInt('-5', -10, 10), { ok: true, value: -5 });
		assert.deepEqual(parseCInt('+7', 0, 10), { ok: true, value: 7 });
	});
	test('trailing text or no digits is malformed', () => {
		assert.equal(parseCInt('08', 0, 255).ok, false);
		assert.deepEqual(parseCInt('08', 0, 255), { ok: false, reason: 'malformed', stopAt: 1 });
		assert.deepEqual(parseCInt('1 # c', 0, 9), { ok: false, reason: 'malformed', stopAt: 1 });
		assert.deepEqual(parseCInt('abc', 0, 9), { ok: false, reason: 'malformed', stopAt: 0 });
		assert.deepEqual(parseCInt('0x', 0, 9), { ok: false, reason: 'malformed', stopAt: 1 });
		assert.deepEqual(parseCInt('', 0, 9), { ok: false, reason: 'malformed', stopAt: 0 });
	});
	test('range and 64-bit overflow', () => {
		assert.deepEqual(parseCInt('256', 0, 255), { ok: false, reason: 'out-of-range', value: 256 });
		assert.equal(parseCInt('99999999999999999999', 0, 255).ok, false);
		assert.equal((parseCInt('99999999999999999999', 0, 255) as { reason: string }).reason, 'out-of-range');
	});
	test('strtoul wraps negatives', () => {
		assert.equal((parseCUint('-1', 0, 4294967295) as { reason: string }).reason, 'out-of-range');
		assert.deepEqual(parseCUint('-0', 0, 10), { ok: true, value: 0 });
		assert.deepEqual(parseCUint('4294967295', 0, 4294967295), { ok: true, value: 4294967295 });
	});
	test('strtod: exponents, hex floats, inf, nan, underflow', () => {
		assert.deepEqual(parseCDouble('0.5', 0, 1), { ok: true, value: 0.5 });
		assert.deepEqual(parseCDouble('2e-5', 0, 1), { ok: true, value: 2e-5 });
		assert.deepEqual(parseCDouble('.5', 0, 1), { ok: true, value: 0.5 });
		assert.deepEqual(parseCDouble('0x1p-1', 0, 1), { ok: true, value: 0.5 });
		assert.equal(parseCDouble('nan', 0, 1).ok, true, 'NaN fails no comparison');
		assert.equal((parseCDouble('inf', 0, Number.MAX_VALUE) as { reason: string }).reason, 'out-of-range');
		assert.equal((parseCDouble('1e400', 0, Number.MAX_VALUE) as { reason: string }).reason, 'out-of-range');
		assert.equal((parseCDouble('1e-400', 0, Number.MAX_VALUE) as { reason: string }).reason, 'out-of-range', 'ERANGE on underflow');
		assert.deepEqual(parseCDouble('1e', 0, 9), { ok: false, reason: 'malformed', stopAt: 1 });
		assert.equal((parseCDouble('0', 2.2250738585072014e-308, 1) as { reason: string }).reason, 'out-of-range');
	});
});
