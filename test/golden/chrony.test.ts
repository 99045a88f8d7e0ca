import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serviceFor } from '../../server/src/languages/registry';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { SHARED } from '../util/paths';
import { settingsWith } from '../util/lang';
import { corpusFiles } from '../oracle/oracle';
import { assertGolden } from './golden';

const SEV = ['', 'error', 'warning', 'info', 'hint'];

function render(file: string, version: string): string {
	const s = serviceFor('chrony')!;
	const list = computeDiagnostics(s, s.parse(readFileSync(file, 'utf8')), { uri: pathToFileURL(file).href, settings: settingsWith('newest', true, version) });
	return list.map((d) => `  ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${SEV[d.severity ?? 1]} [${String(d.code)}] ${d.message}`).join('\n');
}

suite('golden: chrony diagnostics', () => {
	test('seed chrony.conf: diagnostics, hover and completion', () => {
		const file = join(SHARED, 'seed/etc/chrony/chrony.conf');
		const s = serviceFor('chrony')!;
		const doc = s.parse(readFileSync(file, 'utf8'));
		const ctx = { uri: pathToFileURL(file).href, settings: settingsWith() };
		const parts = ['4.9', '4.6', '4.3'].map((v) => `diagnostics @${v}\n${render(file, v)}`);
		for (const e of doc.entries) {
			for (const t of [e.key, ...e.args]) {
				const h = s.hover(doc, t.range.start, ctx);
				if (h) {
					parts.push(`hover ${t.text}\n${(h.contents as { value: string }).value}`);
				}
			}
		}
		const items = s.completion(doc, { line: 0, character: doc.lines[0].length + 1 }, ctx).map((i) => `${i.label}\t${i.detail ?? ''}`);
		parts.push(`completion after the first peer line (${items.length})\n${items.join('\n')}`);
		assertGolden('seed-chrony', `${parts.join('\n\n')}\n`);
	});

	for (const v of ['4.9', '4.6', '4.3']) {
		test(`corpus chrony @${v}`, () => {
			const files = corpusFiles(['chrony', 'chrony-sources']).map((c) => c.file);
			assertGolden(`corpus-chrony-${v}`, files.map((f) => `${relative(join(SHARED, 'corpus'), f)}\n${render(f, v)}`).join('\n').concat('\n'));
		});
	}
});
