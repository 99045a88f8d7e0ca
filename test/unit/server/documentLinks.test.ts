import * as assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../../server/src/features/workspaceIndex';
import { chronyLinks } from '../../../server/src/features/documentLinks';
import { serviceFor } from '../../../server/src/languages/registry';

const FILES = [
	'/ws/grandmaster/etc/chrony/chrony.conf',
	'/ws/client/etc/chrony/chrony.conf',
	'/ws/client/etc/chrony/conf.d/lab.conf',
	'/ws/client/etc/chrony/conf.d/peers.conf',
	'/ws/client/etc/chrony/sources.d/lab.sources',
	'/ws/client/etc/chrony/keys/chrony.keys',
	'/ws/other/ptp-gm.conf',
];

suite('workspace index and document links', () => {
	const index = new WorkspaceIndex();
	index.setFiles(FILES);

	test('finds the file whose path ends like the written one, best match only', () => {
		assert.deepEqual(index.find('/etc/chrony/conf.d/lab.conf'), ['/ws/client/etc/chrony/conf.d/lab.conf']);
		assert.deepEqual(index.find('/etc/chrony/chrony.conf'), ['/ws/client/etc/chrony/chrony.conf', '/ws/grandmaster/etc/chrony/chrony.conf']);
		assert.deepEqual(index.find('/etc/chrony/conf.d/*.conf'), ['/ws/client/etc/chrony/conf.d/lab.conf', '/ws/client/etc/chrony/conf.d/peers.conf']);
		assert.deepEqual(index.find('/elsewhere/ptp-gm.conf'), [], 'a bare file-name match is not enough for an absolute path');
		assert.deepEqual(index.find('ptp-gm.conf'), ['/ws/other/ptp-gm.conf']);
	});

	test('chrony include, confdir and sourcedir become links', () => {
		const s = serviceFor('chrony')!;
		const doc = s.parse('include /etc/chrony/conf.d/*.conf\nconfdir /etc/chrony/conf.d\nsourcedir /run/chrony-dhcp /etc/chrony/sources.d\nkeyfile /etc/chrony/chrony.keys\n');
		const links = chronyLinks(doc, index);
		assert.deepEqual(links.map((l) => `${l.range.start.line}:${l.range.start.character} ${l.target ?? ''}`), [
			'0:8 file:///ws/client/etc/chrony/conf.d/lab.conf',
			'1:8 file:///ws/client/etc/chrony/conf.d/lab.conf',
			'2:27 file:///ws/client/etc/chrony/sources.d/lab.sources',
		]);
		assert.match(String(links[1].tooltip), /2 file\(s\) in the workspace: lab\.conf, peers\.conf/);
	});
});
