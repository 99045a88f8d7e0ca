import * as assert from 'node:assert/strict';
import { parseWords, reparseWords, splitLines } from '../../../server/src/parser/wordParser';

const PTP = { commentChars: '#', sections: true };

suite('wordParser', () => {
	test('sections, entries, comments with ranges', () => {
		const doc = parseWords('linuxptp', '# head\n[global]\n  verbose   1\n\n[eth0]\ndelay_mechanism P2P  \n', PTP);
		assert.equal(doc.comments.length, 1);
		assert.deepEqual(doc.sections.map((s) => s.name), ['global', 'eth0']);
		const v = doc.entries[0];
		assert.equal(v.key.text, 'verbose');
		assert.deepEqual(v.key.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 9 } });
		assert.equal(v.value?.text, '1');
		assert.deepEqual(v.value?.range.start, { line: 2, character: 12 });
		assert.equal(doc.entries[1].value?.text, 'P2P', 'trailing blanks are not part of the value');
		assert.equal(doc.entries[1].section?.name, 'eth0');
		assert.equal(doc.sections[0].range.end.line, 2, 'a section ends at its last non-blank line');
	});

	test('a # after a value is part of the value, as in linuxptp', () => {
		const doc = parseWords('linuxptp', '[global]\ndomainNumber 0 # x\n', PTP);
		assert.equal(doc.entries[0].value?.text, '0 # x');
		assert.equal(doc.comments.length, 0);
	});

	test('header name is the first word, brackets become blanks', () => {
		const doc = parseWords('linuxptp', '[NIC here]\n[global\n[ eth1 ]\n', PTP);
		assert.deepEqual(doc.sections.map((s) => s.name), ['NIC', 'global', 'eth1']);
		assert.equal(doc.sections[1].unclosed, true);
		assert.equal(doc.sections[0].inner.text, 'NIC here');
	});

	test('entries before any section have no section; key-only lines have no value', () => {
		const doc = parseWords('linuxptp', 'verbose\n[global]\n', PTP);
		assert.equal(doc.entries[0].section, null);
		assert.equal(doc.entries[0].value, null);
	});

	test('CRLF and a missing final newline', () => {
		const doc = parseWords('linuxptp', '[global]\r\nverbose 1\r\nclockClass 6', PTP);
		assert.equal(doc.entries.length, 2);
		assert.equal(doc.entries[0].value?.text, '1');
		assert.equal(doc.entries[1].value?.text, '6');
		assert.deepEqual(splitLines('a\nb\n'), ['a', 'b']);
	});

	test('never throws on arbitrary input', () => {
		const samples = ['', '\n\n', '[', ']', '[]', '\u0000\u0001', 'x'.repeat(5000), '[a]\n\t\t\n#\n\v\f', '\uFEFF[global]'];
		for (let i = 0; i < 200; i++) {
			samples.push(Array.from({ length: 40 }, () => String.fromCharCode(Math.floor(Math.random() * 128))).join(''));
		}
		for (const s of samples) {
			assert.doesNotThrow(() => parseWords('linuxptp', s, PTP));
		}
	});
});

suite('wordParser: incremental reparse', () => {
	const strip = (d: ReturnType<typeof parseWords>) => JSON.stringify({
		sections: d.sections.map((s) => ({ ...s, entries: s.entries.map((e) => e.line) })),
		entries: d.entries.map((e) => ({ ...e, section: e.section?.line ?? null })),
		comments: d.comments,
		lines: d.lines,
	});

	test('equals a full parse after random edits, and reuses untouched entries', () => {
		let text = '[global]\nverbose 1\nclockClass 6\n# c\n[eth0]\ndelay_mechanism P2P\nlogSyncInterval 0\n';
		let doc = parseWords('linuxptp', text, PTP);
		const alphabet = ['a', '1', ' ', '#', '[', ']', '\n', 'x', '0'];
		for (let i = 0; i < 500; i++) {
			const pos = Math.floor(Math.random() * (text.length + 1));
			const del = Math.random() < 0.3 ? 1 : 0;
			const ins = Math.random() < 0.8 ? alphabet[Math.floor(Math.random() * alphabet.length)] : '';
			text = text.slice(0, pos) + ins + text.slice(pos + del);
			const before = doc;
			doc = reparseWords(doc, text, PTP);
			assert.equal(strip(doc), strip(parseWords('linuxptp', text, PTP)), `after edit ${i}: ${JSON.stringify(text)}`);
			if (before.lines.length === doc.lines.length && doc !== before) {
				const same = doc.entries.filter((e) => before.entries.includes(e)).length;
				assert.ok(same >= 0);
			}
		}
	});

	test('typing inside a value keeps the other entry objects', () => {
		const a = parseWords('linuxptp', '[global]\nverbose 1\nclockClass 6\n', PTP);
		const b = reparseWords(a, '[global]\nverbose 1\nclockClass 7\n', PTP);
		assert.equal(b.entries[0], a.entries[0]);
		assert.notEqual(b.entries[1], a.entries[1]);
		assert.equal(b.entries[1].value?.text, '7');
		assert.equal(b.entries[1].section, b.sections[0]);
	});
});
