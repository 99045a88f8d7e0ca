#!/usr/bin/env node
// Generates server/src/languages/chrony/directives.generated.ts from upstream chrony sources of each release:
// conf.c (CNF_ParseLine dispatch and the parse_* functions), cmdparse.c (server/pool/peer, local and select
// options), refclock.c + refclock_*.c (drivers and their options) and the headers (constants).
//
//   node scripts/gen-chrony.mjs --git DIR [--src 4.9=DIR]
//        read the tagged releases from a chrony git directory; releases without a tag there need --src
//   node scripts/gen-chrony.mjs --check --src 4.9=DIR [--src 4.3=DIR ...]
//        compare the committed table with the given source trees (exit 1 on any difference)
//
// Only facts are extracted (names, argument parsers, value formats, ranges, accepted words); no upstream code is copied.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'server/src/languages/chrony/directives.generated.ts');

/** Releases we describe, with the git tag that holds each (4.6 = 4.6.1, the release Debian ships). */
export const RELEASES = [
	{ version: '4.3', tag: '4.3' },
	{ version: '4.4', tag: '4.4' },
	{ version: '4.5', tag: '4.5' },
	{ version: '4.6', tag: '4.6.1' },
	{ version: '4.7', tag: '4.7' },
	{ version: '4.8', tag: '4.8' },
	{ version: '4.9', tag: '4.9' },
];

// C limits (values from <limits.h>).
const C_CONSTANTS = { INT_MAX: 2147483647, INT_MIN: -2147483648, UINT32_MAX: 4294967295 };

/** Reads files of one release, from a git tag or from a source directory. */
function makeReader(opts) {
	if (opts.git) {
		return {
			read: (p) => execFileSync('git', ['-C', opts.git, 'show', `${opts.tag}:${p}`], { encoding: 'utf8', maxBuffer: 1 << 26 }),
			files: () => execFileSync('git', ['-C', opts.git, 'ls-tree', '--name-only', opts.tag], { encoding: 'utf8' }).split('\n').filter(Boolean),
		};
	}
	return {
		read: (p) => readFileSync(join(opts.dir, p), 'utf8'),
		files: () => readdirSync(opts.dir),
	};
}

function hasTag(git, tag) {
	try {
		execFileSync('git', ['-C', git, 'rev-parse', '--verify', '--quiet', `refs/tags/${tag}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

function stripComments(src) {
	return src.replace(/\/\*[\s\S]*?\*\//g, (c) => (/Silently ignored/.test(c) ? ' SILENTLY_IGNORED ' : ' ')).replace(/\/\/[^\n]*/g, ' ');
}

/** `#define NAME value` from every header of the release. */
function collectDefines(reader) {
	const defs = {};
	for (const h of reader.files().filter((f) => f.endsWith('.h'))) {
		for (const m of stripComments(reader.read(h)).matchAll(/^#define\s+([A-Z_][A-Z0-9_]*)\s+([^\s].*?)\s*$/gm)) {
			defs[m[1]] = m[2];
		}
	}
	return defs;
}

function evalNumber(expr, defs, depth = 0) {
	const e = expr.trim().replace(/[uUlL]+$/, '');
	if (depth > 8) {
		throw new Error(`cannot resolve ${expr}`);
	}
	if (/^0[xX][0-9a-fA-F]+$/.test(e)) {
		return parseInt(e.slice(2), 16);
	}
	if (/^-?\d+$/.test(e)) {
		return Number(e);
	}
	if (e.startsWith('(') && e.endsWith(')')) {
		return evalNumber(e.slice(1, -1), defs, depth + 1);
	}
	const minus = /^(.+?)\s*-\s*(\d+)$/.exec(e);
	if (minus) {
		return evalNumber(minus[1], defs, depth + 1) - Number(minus[2]);
	}
	if (e.startsWith('-')) {
		return -evalNumber(e.slice(1), defs, depth + 1);
	}
	if (e in C_CONSTANTS) {
		return C_CONSTANTS[e];
	}
	if (e in defs) {
		return evalNumber(defs[e], defs, depth + 1);
	}
	throw new Error(`cannot resolve ${expr}`);
}

/** The body of a C function definition `name(...) {...}` (braces balanced). */
function functionBody(src, name) {
	const m = new RegExp(`^${name}\\s*\\([^)]*\\)\\s*\\{`, 'm').exec(src);
	if (!m) {
		return null;
	}
	let depth = 0;
	for (let i = m.index + m[0].length - 1; i < src.length; i++) {
		if (src[i] === '{') {
			depth++;
		} else if (src[i] === '}') {
			depth--;
			if (depth === 0) {
				return src.slice(m.index + m[0].length, i);
			}
		}
	}
	throw new Error(`unbalanced function ${name}`);
}

function splitArgs(s) {
	const out = [];
	let depth = 0;
	let cur = '';
	for (const ch of s) {
		if (ch === '(') {
			depth++;
		}
		if (ch === ')') {
			depth--;
		}
		if (depth === 0 && ch === ',') {
			out.push(cur.trim());
			cur = '';
		} else {
			cur += ch;
		}
	}
	if (cur.trim() !== '') {
		out.push(cur.trim());
	}
	return out;
}

/** Chunks of a function body, one per `strcasecmp(VAR, "name")` test, each running to the next test. */
function keywordChunks(body, variable, cmp = 'strcasecmp') {
	const re = new RegExp(`${cmp}\\(${variable},\\s*"([^"]+)"\\)`, 'g');
	const hits = [...body.matchAll(re)];
	return hits.map((h, i) => ({ name: h[1], text: body.slice(h.index + h[0].length, i + 1 < hits.length ? hits[i + 1].index : body.length) }));
}

/** How a keyword option reads its value, from the code of its branch. */
function optionValue(text, defs) {
	const inRange = /SSCANF_IN_RANGE\([^,]+,\s*"%d%n",\s*[^,]+,\s*[^,]+,\s*([^,]+),\s*([^)]+?)\)\)/.exec(text);
	if (inRange) {
		return { value: 'int', min: evalNumber(inRange[1], defs), max: evalNumber(inRange[2], defs) };
	}
	if (/CPS_ParseRefid\(/.test(text)) {
		return { value: 'refid' };
	}
	const scan = /sscanf\([^,]+,\s*((?:"[^"]*"|\w+|\s)+?),/.exec(text);
	if (scan) {
		const fmt = scan[1].replace(/"\s*SCNu32\s*"/g, 'u').replace(/"\s*SCNx32\s*"/g, 'x').replace(/"/g, '').replace(/\s+/g, '');
		const v = { '%d%n': 'int', '%lf%n': 'double', '%u%n': 'uint32', '%x%n': 'hex32', '%4s%n': 'word4' }[fmt];
		if (!v) {
			throw new Error(`unknown option format ${scan[1]}`);
		}
		const o = { value: v };
		// Older releases test ranges by hand after sscanf: `|| x >= LIMIT || x < 0`, `|| key == INACTIVE`.
		for (const c of text.matchAll(/\|\|\s*\*?[\w.>-]+\s*(>=|<=|>|<|==)\s*(\w+)/g)) {
			const n = evalNumber(c[2], defs);
			if (c[1] === '>=') {
				o.max = n - 1;
			} else if (c[1] === '>') {
				o.max = n;
			} else if (c[1] === '<') {
				o.min = n;
			} else if (c[1] === '<=') {
				o.min = n + 1;
			} else {
				o.exclude = [...(o.exclude ?? []), n];
			}
		}
		if (v === 'hex32') {
			o.codes = [...text.matchAll(/case\s+(\w+)\s*:/g)].map((c) => evalNumber(c[1], defs));
		}
		return o;
	}
	return { value: 'flag' };
}

/** Keyword options of a parse function (`variable` is the C variable holding the keyword). */
function optionsOf(body, variable, defs, selectOptions) {
	const out = [];
	for (const ch of keywordChunks(body, variable)) {
		const o = { name: ch.name, ...optionValue(ch.text, defs) };
		if (ch.name === 'rxfilter') {
			o.values = [...ch.text.matchAll(/strcasecmp\(filter,\s*"([^"]+)"\)/g)].map((x) => x[1]);
		}
		out.push(o);
	}
	if (/CPS_GetSelectOption\(/.test(body)) {
		out.push(...selectOptions.map((name) => ({ name, value: 'flag' })));
	}
	return out;
}

/** Extracts the facts of one release. */
export function extractRelease(reader) {
	const conf = stripComments(reader.read('conf.c'));
	const cmdparse = stripComments(reader.read('cmdparse.c'));
	const defs = collectDefines(reader);

	// Reading of lines.
	const maxLine = evalNumber(/#define\s+MAX_LINE_LENGTH\s+(\d+)/.exec(conf)[1], defs);
	const maxConfDirs = evalNumber(/#define\s+MAX_CONF_DIRS\s+(\d+)/.exec(conf)[1], defs);
	const normalize = functionBody(cmdparse, 'CPS_NormalizeLine');
	const commentChars = /strchr\("([^"]+)"/.exec(normalize)[1];
	const parseInt_ = functionBody(conf, 'parse_int');
	const intStyle = /strtol\(/.test(parseInt_) ? 'strtol' : 'sscanf';

	// The directive dispatch of CNF_ParseLine.
	const dispatch = functionBody(conf, 'CNF_ParseLine');
	const directives = [];
	const chain = dispatch.slice(dispatch.search(/if\s*\(!strcasecmp\(command,/));
	for (const b of chain.split(/\}\s*else\s+if\s*\(|\}\s*else\s*\{/)) {
		const tests = [...b.matchAll(/strcasecmp\(command,\s*"([^"]+)"\)/g)];
		if (tests.length === 0) {
			continue;
		}
		const names = tests.map((m) => m[1]);
		const last = tests[tests.length - 1];
		const code = b.slice(last.index + last[0].length);
		let facts;
		if (/no longer supported/.test(code)) {
			facts = { parser: 'obsolete' };
		} else if (/SILENTLY_IGNORED/.test(code) || !/parse_\w+\(/.test(code)) {
			facts = { parser: 'ignored' };
		} else {
			const call = /parse_(\w+)\(p\s*(?:,\s*([\s\S]*?))?\)\s*;/.exec(code);
			if (!call) {
				throw new Error(`no parser call for ${names.join('/')}`);
			}
			facts = { parser: call[1] };
			const args = call[2] ? splitArgs(call[2].replace(/\s+/g, ' ')) : [];
			if (call[1] === 'int' || call[1] === 'ints') {
				facts.style = intStyle;
				if (args.length >= 3) {
					facts.min = evalNumber(args[1], defs);
					facts.max = evalNumber(args[2], defs);
				}
			} else if (call[1] === 'ratelimit') {
				facts.kod = args.length >= 5 && args[4] !== 'NULL';
			} else if (call[1] === 'allow_deny') {
				facts.list = /cmd_/.test(args[0]) ? 'cmd' : 'ntp';
				facts.allow = args[1] === '1';
			}
		}
		for (const name of names) {
			directives.push({ name, ...facts });
		}
	}
	// Keyword options.
	const selectBody = functionBody(cmdparse, 'CPS_GetSelectOption');
	const selectOptions = selectBody ? keywordChunks(selectBody, 'option').map((c) => c.name) : [];
	const sourceBody = functionBody(cmdparse, 'CPS_ParseNTPSourceAdd');
	const source = optionsOf(sourceBody, 'cmd', defs, selectOptions);
	const refclock = optionsOf(functionBody(conf, 'parse_refclock'), 'cmd', defs, selectOptions);
	const hwtimestamp = optionsOf(functionBody(conf, 'parse_hwtimestamp'), 'p', defs, selectOptions);
	const local = optionsOf(functionBody(cmdparse, 'CPS_ParseLocal'), 'cmd', defs, selectOptions);
	const rl = functionBody(conf, 'parse_ratelimit');
	const rlValue = optionValue(rl.slice(0, rl.indexOf('strcasecmp')), defs);
	const ratelimit = keywordChunks(rl, 'opt').map((c) => ({ name: c.name, ...rlValue }));

	const words = (fn, variable, cmp = 'strcasecmp') => keywordChunks(functionBody(conf, fn) ?? '', variable, cmp).map((c) => c.name);
	const logFields = words('parse_log', 'log_name', 'strcmp');
	const leapsecmodes = words('parse_leapsecmode', 'line');
	const authselectmodes = words('parse_authselectmode', 'line');
	const opencommands = words('parse_open_commands', 's');

	// Refclock drivers and their options.
	const refclockC = stripComments(reader.read('refclock.c'));
	const driverFiles = reader.files().filter((f) => /^refclock_\w+\.c$/.test(f));
	const drivers = [];
	for (const m of refclockC.matchAll(/strcmp\(params->driver_name,\s*"([^"]+)"\)\s*==\s*0\)\s*\{\s*inst->driver\s*=\s*&(\w+)/g)) {
		const file = driverFiles.find((f) => new RegExp(`RefclockDriver\\s+${m[2]}\\s*=`).test(reader.read(f)));
		if (!file) {
			throw new Error(`driver ${m[2]} not found`);
		}
		const src = stripComments(reader.read(file));
		const list = /options\[\]\s*=\s*\{([^}]*)\}/.exec(src);
		const options = list
			? [...list[1].matchAll(/"([^"]+)"/g)].map((o) => ({
				name: o[1],
				value: !new RegExp(`RCL_GetDriverOption\\(instance,\\s*"${o[1]}"\\)\\s*\\?`).test(src),
			}))
			: [];
		drivers.push({ name: m[1], options });
	}

	// Synopses from the manual page source: `*name* _arg_ [*word* _arg_]...::` → `name <arg> [word <arg>]...`.
	const usage = new Map();
	const adoc = reader.files().includes('doc') ? reader.read('doc/chrony.conf.adoc') : '';
	for (const m of adoc.matchAll(/^(?:\[\[\w+\]\])?\*(\w+)\*(.*?[^:])?::$/gm)) {
		const text = `${m[1]}${m[2] ?? ''}`.replace(/__([^_]+)__/g, '<$1>').replace(/_([^_]+)_/g, '<$1>').replace(/\*([^*]+)\*/g, '$1');
		const list = usage.get(m[1]) ?? [];
		if (!list.includes(text)) {
			list.push(text);
		}
		usage.set(m[1], list);
	}
	for (const d of directives) {
		if (usage.has(d.name)) {
			d.usage = usage.get(d.name);
		}
	}

	return {
		limits: { maxLineLength: maxLine, commentChars, maxConfDirs, intStyle },
		directives, source, refclock, hwtimestamp, local, ratelimit,
		logFields, leapsecmodes, authselectmodes, opencommands, drivers,
	};
}

const KEY_ORDER = ['name', 'parser', 'style', 'value', 'min', 'max', 'exclude', 'codes', 'values', 'kod', 'list', 'allow', 'usage', 'options'];

/** The same object with its keys in one fixed order (so equal facts serialize equally). */
function ordered(o) {
	const out = {};
	for (const k of [...KEY_ORDER, ...Object.keys(o).filter((x) => !KEY_ORDER.includes(x)).sort()]) {
		if (o[k] !== undefined) {
			out[k] = o[k];
		}
	}
	return out;
}

/** Merges per-release lists of `{ name, ...facts }` into histories `{ name, variants: [{ from, to, ...facts }] }`. */
function mergeNamed(perRelease, pick) {
	const byName = new Map();
	for (let i = 0; i < perRelease.length; i++) {
		const { version, data } = perRelease[i];
		for (const item of pick(data)) {
			const { name, ...facts } = ordered(item);
			const hist = byName.get(name) ?? [];
			const last = hist[hist.length - 1];
			const same = (v) => {
				const { from: _f, to: _t, ...rest } = v;
				return JSON.stringify(rest) === JSON.stringify(facts);
			};
			if (last && i > 0 && last.to === perRelease[i - 1].version && same(last)) {
				last.to = version;
			} else {
				hist.push({ from: version, to: version, ...facts });
			}
			byName.set(name, hist);
		}
	}
	return [...byName.entries()].sort((a, b) => a[0].localeCompare(b[0], 'en')).map(([name, variants]) => ({ name, variants }));
}

/** Merges per-release word lists into `{ name, from, to }` (a word that leaves and comes back would need variants). */
function mergeWords(perRelease, pick) {
	return mergeNamed(perRelease, (d) => pick(d).map((name) => ({ name }))).map((w) => {
		if (w.variants.length !== 1) {
			throw new Error(`word ${w.name} has a gap in its history`);
		}
		return { name: w.name, from: w.variants[0].from, to: w.variants[0].to };
	});
}

export function merge(perRelease) {
	return {
		limits: perRelease.map((r) => ({ release: r.version, ...r.data.limits })),
		directives: mergeNamed(perRelease, (d) => d.directives),
		source: mergeNamed(perRelease, (d) => d.source),
		refclock: mergeNamed(perRelease, (d) => d.refclock),
		hwtimestamp: mergeNamed(perRelease, (d) => d.hwtimestamp),
		local: mergeNamed(perRelease, (d) => d.local),
		ratelimit: mergeNamed(perRelease, (d) => d.ratelimit),
		logFields: mergeWords(perRelease, (d) => d.logFields),
		leapsecmodes: mergeWords(perRelease, (d) => d.leapsecmodes),
		authselectmodes: mergeWords(perRelease, (d) => d.authselectmodes),
		opencommands: mergeWords(perRelease, (d) => d.opencommands),
		drivers: mergeNamed(perRelease, (d) => d.drivers),
	};
}

function lit(v, key = '') {
	if (key === 'codes') {
		return `[${v.map((c) => `0x${c.toString(16).toUpperCase().padStart(4, '0')}`).join(', ')}]`;
	}
	if (typeof v === 'string') {
		return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
	}
	if (Array.isArray(v)) {
		return `[${v.map(lit).join(', ')}]`;
	}
	if (v !== null && typeof v === 'object') {
		return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${lit(x, k)}`).join(', ')} }`;
	}
	return String(v);
}

function renderNamed(lines, doc, name, type, list) {
	lines.push(`/** ${doc} */`);
	lines.push(`export const ${name}: readonly ${type}[] = [`);
	for (const o of list) {
		lines.push(`\t{ name: ${lit(o.name)}, variants: [`);
		for (const v of o.variants) {
			lines.push(`\t\t${lit(v)},`);
		}
		lines.push('\t] },');
	}
	lines.push('];');
	lines.push('');
}

function renderWords(lines, doc, name, list) {
	lines.push(`/** ${doc} */`);
	lines.push(`export const ${name}: readonly ChronyWord[] = [`);
	for (const w of list) {
		lines.push(`\t${lit(w)},`);
	}
	lines.push('];');
	lines.push('');
}

function render(m) {
	const lines = [];
	lines.push('// GENERATED by scripts/gen-chrony.mjs from upstream chrony conf.c, cmdparse.c and refclock*.c — do not edit');
	lines.push("import type { ChronyDirectiveFacts, ChronyDriverFacts, ChronyLimits, ChronyOptionFacts, ChronyWord } from './facts';");
	lines.push('');
	lines.push('/** chrony releases described by these tables, oldest first (4.6 is 4.6.1). */');
	lines.push(`export const CHRONY_RELEASES = [${RELEASES.map((r) => `'${r.version}'`).join(', ')}] as const;`);
	lines.push('');
	lines.push('/** How each release reads lines and plain integers. */');
	lines.push('export const CHRONY_LIMITS: readonly ChronyLimits[] = [');
	for (const l of m.limits) {
		lines.push(`\t${lit(l)},`);
	}
	lines.push('];');
	lines.push('');
	renderNamed(lines, 'Every directive of every release (names are matched case-insensitively).', 'CHRONY_DIRECTIVES', 'ChronyDirectiveFacts', m.directives);
	renderNamed(lines, 'Options of `server`, `pool` and `peer` (CPS_ParseNTPSourceAdd, with the select options).', 'CHRONY_SOURCE_OPTIONS', 'ChronyOptionFacts', m.source);
	renderNamed(lines, 'Options of `refclock` after the driver name and parameter.', 'CHRONY_REFCLOCK_OPTIONS', 'ChronyOptionFacts', m.refclock);
	renderNamed(lines, 'Options of `hwtimestamp` after the interface name.', 'CHRONY_HWTIMESTAMP_OPTIONS', 'ChronyOptionFacts', m.hwtimestamp);
	renderNamed(lines, 'Options of `local`.', 'CHRONY_LOCAL_OPTIONS', 'ChronyOptionFacts', m.local);
	renderNamed(lines, 'Options of `ratelimit`, `ntsratelimit` and `cmdratelimit` (`kod` only where the directive allows it).', 'CHRONY_RATELIMIT_OPTIONS', 'ChronyOptionFacts', m.ratelimit);
	renderWords(lines, 'Words of the `log` directive (matched case-sensitively).', 'CHRONY_LOG_FIELDS', m.logFields);
	renderWords(lines, 'Values of `leapsecmode` (case-insensitive).', 'CHRONY_LEAPSECMODES', m.leapsecmodes);
	renderWords(lines, 'Values of `authselectmode` (case-insensitive).', 'CHRONY_AUTHSELECTMODES', m.authselectmodes);
	renderWords(lines, 'Words of `opencommands` (case-insensitive).', 'CHRONY_OPENCOMMANDS', m.opencommands);
	renderNamed(lines, 'Reference clock drivers (names are case-sensitive) and the options of their `:`-separated parameter.', 'CHRONY_REFCLOCK_DRIVERS', 'ChronyDriverFacts', m.drivers);
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

/** Facts of one release as the committed table states them (for --check), in extractRelease's shape. */
async function committedRelease(version) {
	const esbuild = await import('esbuild');
	const out = await esbuild.build({ entryPoints: [OUT], bundle: true, write: false, format: 'esm', platform: 'node' });
	const mod = await import(`data:text/javascript,${encodeURIComponent(out.outputFiles[0].text)}`);
	const idx = (v) => RELEASES.findIndex((r) => r.version === v);
	const inRelease = (list) => list.flatMap((o) => {
		const v = o.variants.find((x) => idx(x.from) <= idx(version) && idx(version) <= idx(x.to));
		if (!v) {
			return [];
		}
		const { from: _f, to: _t, ...facts } = v;
		return [{ name: o.name, ...facts }];
	});
	const words = (list) => list.filter((w) => idx(w.from) <= idx(version) && idx(version) <= idx(w.to)).map((w) => w.name);
	const { release: _r, ...limits } = mod.CHRONY_LIMITS.find((l) => l.release === version);
	return {
		limits, directives: inRelease(mod.CHRONY_DIRECTIVES), source: inRelease(mod.CHRONY_SOURCE_OPTIONS),
		refclock: inRelease(mod.CHRONY_REFCLOCK_OPTIONS), hwtimestamp: inRelease(mod.CHRONY_HWTIMESTAMP_OPTIONS),
		local: inRelease(mod.CHRONY_LOCAL_OPTIONS), ratelimit: inRelease(mod.CHRONY_RATELIMIT_OPTIONS),
		logFields: words(mod.CHRONY_LOG_FIELDS), leapsecmodes: words(mod.CHRONY_LEAPSECMODES),
		authselectmodes: words(mod.CHRONY_AUTHSELECTMODES), opencommands: words(mod.CHRONY_OPENCOMMANDS),
		drivers: inRelease(mod.CHRONY_REFCLOCK_DRIVERS),
	};
}

/** A canonical form for comparing: named lists sorted by name, word lists sorted. */
function canonical(data) {
	const out = {};
	for (const [k, v] of Object.entries(data)) {
		if (Array.isArray(v)) {
			const copy = v.map((x) => (typeof x === 'string' ? x : ordered(JSON.parse(JSON.stringify(x)))));
			out[k] = copy.sort((a, b) => JSON.stringify(typeof a === 'string' ? a : a.name).localeCompare(JSON.stringify(typeof b === 'string' ? b : b.name)));
		} else {
			out[k] = v;
		}
	}
	return JSON.stringify(out);
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	if (args.check) {
		let bad = 0;
		for (const s of args.src) {
			if (!existsSync(join(s.dir, 'conf.c'))) {
				console.error(`gen-chrony: no conf.c in ${s.dir}`);
				process.exit(2);
			}
			const fresh = canonical(extractRelease(makeReader({ dir: s.dir })));
			const committed = canonical(await committedRelease(s.version));
			if (fresh !== committed) {
				bad++;
				console.error(`gen-chrony: chrony ${s.version} facts differ from ${s.dir}`);
			} else {
				console.log(`gen-chrony: chrony ${s.version} matches ${s.dir}`);
			}
		}
		process.exit(bad ? 1 : 0);
	}
	if (!args.git) {
		throw new Error('usage: gen-chrony.mjs --git DIR [--src VERSION=DIR]... | --check --src VERSION=DIR...');
	}
	const perRelease = RELEASES.map((r) => {
		const src = args.src.find((s) => s.version === r.version);
		if (src) {
			return { version: r.version, data: extractRelease(makeReader({ dir: src.dir })) };
		}
		if (!hasTag(args.git, r.tag)) {
			throw new Error(`tag ${r.tag} is not in ${args.git}; pass --src ${r.version}=DIR`);
		}
		return { version: r.version, data: extractRelease(makeReader({ git: args.git, tag: r.tag })) };
	});
	writeFileSync(OUT, render(merge(perRelease)));
	console.log(`wrote ${OUT}: directives ${perRelease.map((r) => `${r.version}=${r.data.directives.length}`).join(' ')}; `
		+ `source options ${perRelease.map((r) => `${r.version}=${r.data.source.length}`).join(' ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	main().catch((e) => {
		console.error(`gen-chrony: ${e.stack}`);
		process.exit(2);
	});
}
