// Bundles the extension client, the language server and the CLI (type checking is `tsc -b`).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {esbuild.BuildOptions} */
const base = {
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	sourcemap: !production,
	sourcesContent: false,
	minify: production,
	logLevel: 'warning',
};

const contexts = await Promise.all([
	esbuild.context({
		...base,
		entryPoints: ['client/src/extension.ts'],
		outfile: 'dist/client.js',
		// ssh2 wraps its optional native addons in try/catch and falls back to pure JS.
		external: ['vscode', 'cpu-features', '*.node'],
	}),
	esbuild.context({ ...base, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
	esbuild.context({ ...base, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
]);

if (watch) {
	await Promise.all(contexts.map((c) => c.watch()));
	console.log('[watch] build started');
} else {
	for (const c of contexts) {
		await c.rebuild();
		await c.dispose();
	}
}
