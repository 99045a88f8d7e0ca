import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, SETTING_DESCRIPTIONS } from '../../shared/settings';
import { REPO } from '../util/paths';

interface Manifest {
	activationEvents: string[];
	contributes: {
		languages: { id: string; configuration?: string }[];
		grammars: { language: string; path: string }[];
		snippets: { language: string; path: string }[];
		configuration: { properties: Record<string, { type: string; default: unknown; scope: string; enum?: string[]; markdownDescription: string }> };
		commands: { command: string; category?: string }[];
		menus: { commandPalette: { command: string; when: string }[] };
	};
	main: string;
}

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as Manifest;

function get(obj: unknown, path: string[]): unknown {
	return path.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
}

suite('contract: package.json ↔ code', () => {
	test('settings: same keys, types, defaults and scopes as shared/settings.ts', () => {
		const props = pkg.contributes.configuration.properties;
		assert.deepEqual(Object.keys(props), SETTING_DESCRIPTIONS.map((s) => s.key));
		for (const s of SETTING_DESCRIPTIONS) {
			const p = props[s.key];
			assert.equal(p.type, s.type, s.key);
			assert.deepEqual(p.default, s.default, s.key);
			assert.equal(p.scope, s.scope, s.key);
			assert.deepEqual(p.enum, s.enum, s.key);
			assert.ok(p.markdownDescription.length > 20, s.key);
			const path = s.key.replace(/^ptpconf\./, '').split('.');
			if (path[0] !== 'trace') {
				assert.deepEqual(get(DEFAULT_SETTINGS, path), s.default, `DEFAULT_SETTINGS.${path.join('.')}`);
			}
		}
	});

	test('every command is registered in client/src/commands and has a category', () => {
		const files = readdirSync(join(REPO, 'client/src/commands')).filter((f) => f.endsWith('.ts'));
		const registered = files.flatMap((f) => [...readFileSync(join(REPO, 'client/src/commands', f), 'utf8').matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]));
		assert.deepEqual(pkg.contributes.commands.map((c) => c.command).sort(), registered.sort());
		for (const c of pkg.contributes.commands) {
			assert.equal(c.category, 'ptpconf', c.command);
		}
		const ext = readFileSync(join(REPO, 'client/src/extension.ts'), 'utf8');
		for (const f of files) {
			assert.match(ext, new RegExp(`${f.replace('.ts', '')}\\.register\\(ctx\\)`), `${f} is registered in extension.ts`);
		}
	});

	test('each language has explicit activation, a grammar, snippets and a language configuration that exist', () => {
		for (const l of pkg.contributes.languages) {
			assert.ok(pkg.activationEvents.includes(`onLanguage:${l.id}`), l.id);
			const g = pkg.contributes.grammars.find((x) => x.language === l.id);
			const s = pkg.contributes.snippets.find((x) => x.language === l.id);
			assert.ok(g && s && l.configuration, l.id);
			for (const p of [g.path, s.path, l.configuration]) {
				JSON.parse(readFileSync(join(REPO, p), 'utf8'));
			}
		}
		assert.equal(pkg.main, './dist/client.js');
	});
});
