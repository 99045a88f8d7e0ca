import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnose } from '../../util/lang';
import { fixAll, quickFixes } from '../../../server/src/features/codeActions';
import { formatWords } from '../../../server/src/features/formatting';
import { foldingRanges } from '../../../server/src/features/folding';
import { sectionSymbols } from '../../../server/src/features/symbols';
import { serviceFor } from '../../../server/src/languages/registry';

const URI = 'file:///etc/linuxptp/ptp4l.conf';

function apply(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
	return TextDocument.applyEdits(TextDocument.create(URI, 'linuxptp', 1, text), edits);
}

suite('code actions, formatting, folding, symbols', () => {
	test('quick fix replaces a typo', () => {
		const text = '[global]\nclockClas 6\n';
		const actions = quickFixes(URI, diagnose('linuxptp', text));
		assert.equal(actions[0].title, "Change to 'clockClass'");
		assert.equal(apply(text, actions[0].edit!.changes![URI]), '[global]\nclockClass 6\n');
	});
	test('fix all applies every preferred fix and leaves a clean file', () => {
		const text = '[global]\nmasterOnly 1\ndomainNumber 0 # lab\nclockClas 6\n';
		const all = fixAll(URI, diagnose('linuxptp', text))!;
		const fixed = apply(text, all.edit!.changes![URI]);
		assert.equal(fixed, '[global]\nserverOnly 1\n# lab\ndomainNumber 0\nclockClass 6\n');
		assert.deepEqual(diagnose('linuxptp', fixed).filter((d) => d.severity === 1), []);
	});
	test('formatting aligns values per section and keeps values verbatim', () => {
		const text = '[global]\n  verbose 1\nclockClass    6  \n# c\n[eth0]\ndelay_mechanism P2P\n';
		const out = apply(text, formatWords(serviceFor('linuxptp')!.parse(text), { alignValues: true }));
		assert.equal(out, '[global]\nverbose    1\nclockClass 6\n# c\n[eth0]\ndelay_mechanism P2P\n');
	});
	test('folding by section and comment block; outline by section', () => {
		const doc = serviceFor('linuxptp')!.parse('# a\n# b\n# c\n[global]\nverbose 1\n[eth0]\nlogSyncInterval 0\n');
		assert.deepEqual(foldingRanges(doc).map((f) => `${f.startLine}-${f.endLine}`), ['3-4', '5-6', '0-2']);
		const sym = sectionSymbols(doc);
		assert.deepEqual(sym.map((s) => s.name), ['[global]', '[eth0]']);
		assert.deepEqual(sym[0].children?.map((c) => `${c.name}=${c.detail}`), ['verbose=1']);
	});
});
