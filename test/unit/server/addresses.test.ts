import * as assert from 'node:assert/strict';
import { isInetAton, isIpv6, isScanfMac } from '../../../server/src/values/addresses';

suite('address rules', () => {
	test('inet_aton forms', () => {
		for (const ok of ['10.0.0.1', '127.1', '0x7f.1', '1', '255.255.255.255', '010.0.0.1']) {
			assert.equal(isInetAton(ok), true, ok);
		}
		for (const bad of ['256.0.0.1', '1.2.3.4.5', 'a.b.c.d', '', '1.2.3.256', '09.1.1.1', 'host']) {
			assert.equal(isInetAton(bad), false, bad);
		}
	});
	test('inet_pton IPv6', () => {
		for (const ok of ['::1', 'fe80::1', 'FF0E:0:0:0:0:0:0:181', '::', '2001:db8::10', '::ffff:192.0.2.1']) {
			assert.equal(isIpv6(ok), true, ok);
		}
		for (const bad of ['1::2::3', ':::', '12345::', '1:2:3:4:5:6:7:8:9', 'g::1', '192.0.2.1']) {
			assert.equal(isIpv6(bad), false, bad);
		}
	});
	test('MAC as sscanf %hhx reads it', () => {
		assert.equal(isScanfMac('01:1B:19:00:00:00'), true);
		assert.equal(isScanfMac('1:2:3:4:5:6'), true);
		assert.equal(isScanfMac('01:1B:19:00:00'), false);
		assert.equal(isScanfMac('zz:1B:19:00:00:00'), false);
	});
});
