import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { serviceFor } from '../../server/src/languages/registry';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { REPO, SHARED } from '../util/paths';
import { settingsWith } from '../util/lang';
import { corpusFiles, filesIn } from '../oracle/oracle';
import { assertGolden } from './golden';

const SEV = ['', 'error', 'warning', 'info', 'hint'];

function render(file: string, version: string): string {
	const s = serviceFor('linuxptp')!;
	const text = readFileSync(file, 'utf8');
	const list: Diagnostic[] = computeDiagnostics(s, s.parse(text), { uri: pathToFileURL(file).href, settings: settingsWith(version) });
	return list.map((d) => `  ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${SEV[d.severity ?? 1]} [${String(d.code)}] ${d.message}`).join('\n');
}

function renderAll(files: string[], base: string, version: string): string {
	return files.map((f) => `${relative(base, f)}\n${render(f, version)}`).join('\n').concat('\n');
}

suite('golden: linuxptp diagnostics', () => {
	test('seed grandmaster, hover and completion', () => {
		const file = join(SHARED, 'seed/etc/ptp4l/ptp-gm.conf');
		const s = serviceFor('linuxptp')!;
		const doc = s.parse(readFileSync(file, 'utf8'));
		const ctx = { uri: pathToFileURL(file).href, settings: settingsWith() };
		const parts = ['4.4', '4.2', '3.1'].map((v) => `diagnostics @${v}\n${render(file, v)}`);
		for (const e of doc.entries) {
			const h = s.hover(doc, e.key.range.start, ctx);
			parts.push(`hover ${e.key.text}\n${(h?.contents as { value: string } | undefined)?.value ?? '(none)'}`);
		}
		const items = s.completion(doc, { line: doc.lines.length, character: 0 }, ctx).map((i) => `${i.label}\t${i.detail ?? ''}`);
		parts.push(`completion at end (${items.length})\n${items.join('\n')}`);
		assertGolden('seed-ptp-gm', `${parts.join('\n\n')}\n`);
	});

	for (const v of ['4.4', '4.2', '3.1']) {
		test(`corpus ptp4l/ts2phc/timemaster @${v}`, () => {
			const files = corpusFiles(['ptp4l', 'ts2phc', 'timemaster']).map((c) => c.file);
			assertGolden(`corpus-linuxptp-${v}`, renderAll(files, join(SHARED, 'corpus'), v));
		});
	}

	test('own fixtures @4.4', () => {
		assertGolden('fixtures-linuxptp', renderAll(filesIn(join(REPO, 'test/fixtures/linuxptp'), ['.cfg', '.conf']), join(REPO, 'test/fixtures'), '4.4'));
	});
});
