#!/usr/bin/env node
// Generates server/src/languages/linuxptp/options.generated.ts from upstream linuxptp `config.c` of each release.
//
//   node scripts/gen-linuxptp.mjs --git DIR            read tags v3.1.1 v4.0 … from a linuxptp git directory
//   node scripts/gen-linuxptp.mjs --check --src 4.2=DIR [--src 3.1=DIR]
//        compare the committed table with the given source trees (exit 1 on any difference)
//
// Only facts are extracted (names, scopes, types, defaults, ranges, enum labels, renames); no upstream code is copied.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'server/src/languages/linuxptp/options.generated.ts');

/** Releases we describe, with the git tag that holds each. */
export const RELEASES = [
	{ version: '3.1', tag: 'v3.1.1' },
	{ version: '4.0', tag: 'v4.0' },
	{ version: '4.1', tag: 'v4.1' },
	{ version: '4.2', tag: 'v4.2' },
	{ version: '4.3', tag: 'v4.3' },
	{ version: '4.4', tag: 'v4.4' },
];

// C limits and syslog levels used in config_tab[] (values from <limits.h>, <float.h>, <stdint.h>, <syslog.h>).
const C_CONSTANTS = {
	INT_MAX: 2147483647, INT_MIN: -2147483648, INT32_MAX: 2147483647, INT32_MIN: -2147483648,
	INT8_MAX: 127, INT8_MIN: -128, UINT8_MAX: 255, UINT16_MAX: 65535, UINT32_MAX: 4294967295,
	DBL_MAX: Number.MAX_VALUE, DBL_MIN: 2.2250738585072014e-308,
	LOG_EMERG: 0, LOG_INFO: 6, LOG_DEBUG: 7,
	// S_IRUSR|S_IWUSR|S_IRGRP|S_IWGRP and the same plus S_IROTH|S_IWOTH
	UDS_FILEMODE: 0o660, UDS_RO_FILEMODE: 0o666,
};

/** Reads files of one release, from a git tag or from a source directory. */
function makeReader(opts) {
	if (opts.git) {
		return {
			read: (p) => execFileSync('git', ['-C', opts.git, 'show', `${opts.tag}:${p}`], { encoding: 'utf8' }),
			headers: () => execFileSync('git', ['-C', opts.git, 'ls-tree', '--name-only', opts.tag], { encoding: 'utf8' })
				.split('\n').filter((f) => f.endsWith('.h')),
		};
	}
	return {
		read: (p) => readFileSync(join(opts.dir, p), 'utf8'),
		headers: () => readdirSync(opts.dir).filter((f) => f.endsWith('.h')),
	};
}

function stripComments(src) {
	return src.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
}

/** `#define NAME value` with a plain numeric or symbolic value, from every header of the release. */
function collectDefines(reader) {
	const defs = {};
	for (const h of reader.headers()) {
		for (const m of stripComments(reader.read(h)).matchAll(/^#define\s+([A-Z_][A-Z0-9_]*)\s+([^\s].*?)\s*$/gm)) {
			defs[m[1]] = m[2];
		}
	}
	return defs;
}

function evalNumber(expr, defs, depth = 0) {
	const e = expr.trim();
	if (depth > 8) {
		throw new Error(`cannot resolve ${expr}`);
	}
	if (/^-?0[xX][0-9a-fA-F]+$/.test(e)) {
		return e.startsWith('-') ? -parseInt(e.slice(1), 16) : parseInt(e, 16);
	}
	if (/^-?0[0-7]+$/.test(e)) {
		return e.startsWith('-') ? -parseInt(e.slice(1), 8) : parseInt(e, 8);
	}
	if (/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(e)) {
		return Number(e);
	}
	if (e.startsWith('-')) {
		return -evalNumber(e.slice(1), defs, depth + 1);
	}
	if (e.startsWith('(') && e.endsWith(')')) {
		return evalNumber(e.slice(1, -1), defs, depth + 1);
	}
	if (e in C_CONSTANTS) {
		return C_CONSTANTS[e];
	}
	if (e in defs) {
		return evalNumber(defs[e], defs, depth + 1);
	}
	throw new Error(`cannot resolve ${expr}`);
}

function splitArgs(s) {
	const out = [];
	let depth = 0;
	let cur = '';
	let inStr = false;
	for (const ch of s) {
		if (ch === '"') {
			inStr = !inStr;
		}
		if (!inStr && ch === '(') {
			depth++;
		}
		if (!inStr && ch === ')') {
			depth--;
		}
		if (!inStr && depth === 0 && ch === ',') {
			out.push(cur.trim());
			cur = '';
		} else {
			cur += ch;
		}
	}
	out.push(cur.trim());
	return out;
}

/** Extracts the option table of one release. */
export function extractRelease(reader) {
	const src = stripComments(reader.read('config.c'));
	const defs = collectDefines(reader);
	const enums = {};
	for (const m of src.matchAll(/static\s+struct\s+config_enum\s+(\w+)\s*\[\]\s*=\s*\{([\s\S]*?)\n\};/g)) {
		const entries = [...m[2].matchAll(/\{\s*"([^"]+)"\s*,\s*([^}]+?)\s*\}/g)].map((e) => ({ label: e[1], sym: e[2] }));
		enums[m[1]] = entries;
	}
	const tab = src.match(/struct\s+config_item\s+config_tab\s*\[\]\s*=\s*\{([\s\S]*?)\n\};/);
	if (!tab) {
		throw new Error('config_tab[] not found');
	}
	const options = [];
	for (const m of `${tab[1]}\n`.matchAll(/(GLOB|PORT)_ITEM_(DBL|ENU|INT|UIN|STR)\(([\s\S]*?)\),?\s*\n/g)) {
		const scope = m[1] === 'GLOB' ? 'global' : 'port';
		const args = splitArgs(m[3]);
		const name = JSON.parse(args[0]);
		const kind = { DBL: 'double', ENU: 'enum', INT: 'int', UIN: 'uint', STR: 'string' }[m[2]];
		const o = { name, scope, kind };
		if (kind === 'string') {
			o.default = args[1] === 'NULL' ? null : JSON.parse(args[1]);
		} else if (kind === 'enum') {
			const table = enums[args[2]];
			if (!table) {
				throw new Error(`enum table ${args[2]} not found`);
			}
			o.values = table.map((e) => e.label);
			const def = table.find((e) => e.sym === args[1]);
			o.default = def ? def.label : null;
		} else {
			o.default = evalNumber(args[1], defs);
			o.min = evalNumber(args[2], defs);
			o.max = evalNumber(args[3], defs);
		}
		options.push(o);
	}
	const renames = [];
	const dep = src.match(/check_deprecated_options\s*\([^)]*\)\s*\{([\s\S]*?)\n\}/);
	if (dep) {
		for (const r of dep[1].matchAll(/strcmp\(\*option,\s*"([^"]+)"\)\)\s*\{\s*new_option\s*=\s*"([^"]+)"/g)) {
			renames.push({ from: r[1], to: r[2] });
		}
	}
	return { options, renames };
}

function sameFacts(a, b) {
	return JSON.stringify({ ...a, from: 0, to: 0 }) === JSON.stringify({ ...b, from: 0, to: 0 });
}

/** Merges per-release tables into option histories. */
export function merge(perRelease) {
	const byName = new Map();
	const renames = new Map();
	for (const { version, data } of perRelease) {
		for (const o of data.options) {
			const { name, ...facts } = o;
			const variant = { from: version, to: version, scope: facts.scope, kind: facts.kind, default: facts.default };
			for (const k of ['min', 'max', 'values']) {
				if (facts[k] !== undefined) {
					variant[k] = facts[k];
				}
			}
			const hist = byName.get(name) ?? [];
			const last = hist[hist.length - 1];
			const prevIndex = perRelease.findIndex((r) => r.version === version) - 1;
			if (last && prevIndex >= 0 && last.to === perRelease[prevIndex].version && sameFacts(last, variant)) {
				last.to = version;
			} else {
				hist.push(variant);
			}
			byName.set(name, hist);
		}
		for (const r of data.renames) {
			const key = `${r.from}>${r.to}`;
			const e = renames.get(key) ?? { from: r.from, to: r.to, versions: [] };
			e.versions.push(version);
			renames.set(key, e);
		}
	}
	const options = [...byName.entries()].sort((a, b) => a[0].localeCompare(b[0], 'en')).map(([name, variants]) => ({ name, variants }));
	return { options, renames: [...renames.values()] };
}

function num(n) {
	if (n === Number.MAX_VALUE) {
		return 'Number.MAX_VALUE';
	}
	if (n === -Number.MAX_VALUE) {
		return '-Number.MAX_VALUE';
	}
	return String(n);
}

function render({ options, renames }) {
	const lines = [];
	lines.push('// GENERATED by scripts/gen-linuxptp.mjs from upstream linuxptp config.c — do not edit');
	lines.push("import type { LinuxptpOptionFacts, LinuxptpRename } from './facts';");
	lines.push('');
	lines.push('/** linuxptp releases described by this table, oldest first. */');
	lines.push(`export const LINUXPTP_RELEASES = [${RELEASES.map((r) => `'${r.version}'`).join(', ')}] as const;`);
	lines.push('');
	lines.push('/** Every option of every release, with its history. */');
	lines.push('export const LINUXPTP_OPTIONS: readonly LinuxptpOptionFacts[] = [');
	for (const o of options) {
		lines.push(`\t{ name: ${JSON.stringify(o.name).replace(/"/g, "'")}, variants: [`);
		for (const v of o.variants) {
			const parts = [`from: '${v.from}'`, `to: '${v.to}'`, `scope: '${v.scope}'`, `kind: '${v.kind}'`];
			parts.push(`default: ${typeof v.default === 'number' ? num(v.default) : v.default === null ? 'null' : `'${v.default}'`}`);
			if (v.min !== undefined) {
				parts.push(`min: ${num(v.min)}`, `max: ${num(v.max)}`);
			}
			if (v.values) {
				parts.push(`values: [${v.values.map((x) => `'${x}'`).join(', ')}]`);
			}
			lines.push(`\t\t{ ${parts.join(', ')} },`);
		}
		lines.push('\t] },');
	}
	lines.push('];');
	lines.push('');
	lines.push('/** Old names the parser rewrites to new ones, per release. */');
	lines.push('export const LINUXPTP_RENAMES: readonly LinuxptpRename[] = [');
	for (const r of renames) {
		lines.push(`\t{ from: '${r.from}', to: '${r.to}', versions: [${r.versions.map((v) => `'${v}'`).join(', ')}] },`);
	}
	lines.push('];');
	lines.push('');
	return lines.join('\n');
}

function parseArgs(argv) {
	const a = { git: null, check: false, src: [] };
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--git') {
			a.git = argv[++i];
		} else if (argv[i] === '--check') {
			a.check = true;
		} else if (argv[i] === '--src') {
			const [v, d] = argv[++i].split('=');
			a.src.push({ version: v, dir: d });
		} else {
			throw new Error(`unknown argument ${argv[i]}`);
		}
	}
	return a;
}

/** Facts of one release as the committed table states them (for --check). */
async function committedRelease(version) {
	const esbuild = await import('esbuild');
	const out = await esbuild.build({ entryPoints: [OUT], bundle: true, write: false, format: 'esm', platform: 'node' });
	const mod = await import(`data:text/javascript,${encodeURIComponent(out.outputFiles[0].text)}`);
	const options = [];
	for (const o of mod.LINUXPTP_OPTIONS) {
		const idx = (v) => RELEASES.findIndex((r) => r.version === v);
		const v = o.variants.find((x) => idx(x.from) <= idx(version) && idx(version) <= idx(x.to));
		if (v) {
			const { from: _f, to: _t, ...facts } = v;
			options.push({ name: o.name, ...facts });
		}
	}
	return options.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	if (args.check) {
		let bad = 0;
		for (const s of args.src) {
			if (!existsSync(join(s.dir, 'config.c'))) {
				console.error(`gen-linuxptp: no config.c in ${s.dir}`);
				process.exit(2);
			}
			const fresh = extractRelease(makeReader({ dir: s.dir })).options
				.map(({ name, scope, kind, default: d, min, max, values }) => JSON.parse(JSON.stringify({ name, scope, kind, default: d, min, max, values })))
				.sort((a, b) => a.name.localeCompare(b.name, 'en'));
			const committed = (await committedRelease(s.version)).map((o) => JSON.parse(JSON.stringify(o)));
			const a = JSON.stringify(fresh);
			const b = JSON.stringify(committed);
			if (a !== b) {
				bad++;
				console.error(`gen-linuxptp: linuxptp ${s.version} facts differ from ${s.dir}`);
			} else {
				console.log(`gen-linuxptp: linuxptp ${s.version}: ${fresh.length} options match ${s.dir}`);
			}
		}
		process.exit(bad ? 1 : 0);
	}
	if (!args.git) {
		throw new Error('usage: gen-linuxptp.mjs --git DIR | --check --src VERSION=DIR...');
	}
	const perRelease = RELEASES.map((r) => ({ version: r.version, data: extractRelease(makeReader({ git: args.git, tag: r.tag })) }));
	writeFileSync(OUT, render(merge(perRelease)));
	console.log(`wrote ${OUT}: ${perRelease.map((r) => `${r.version}=${r.data.options.length}`).join(' ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	main().catch((e) => {
		console.error(`gen-linuxptp: ${e.message}`);
		process.exit(2);
	});
}
