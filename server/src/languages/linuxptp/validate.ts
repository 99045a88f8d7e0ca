/**
 * Checks a ptp4l / ts2phc / phc2sys config the way linuxptp's config_read() does, but reports every problem
 * instead of stopping at the first. Errors here are exactly the lines the daemon rejects.
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { lineRange, type ConfigDocument, type Entry, type Section } from '../../parser/ast';
import { Code } from '../../features/codes';
import { makeDiagnostic, type Fix } from '../../features/diagnosticData';
import { parseCDouble, parseCInt, parseCUint, type CNumberResult } from '../../values/cNumbers';
import { isInetAton, isIpv6, isScanfMac } from '../../values/addresses';
import { suggest } from '../../values/suggest';
import { describeReleases, optionsFor, releasesKnowing, renameIn, type LinuxptpRelease, type ResolvedOption } from './options';
import { ptpSectionKind, sectionLabel } from './sections';

/** Source string of every linuxptp diagnostic. */
export const SOURCE = 'linuxptp';

/** Options of the check. */
export interface LinuxptpCheckOptions {
	/** Release whose rules apply. */
	release: LinuxptpRelease;
	/** Report hints for old option names. */
	renameHints: boolean;
}

/** Makes a diagnostic. */
export function diag(range: Range, severity: DiagnosticSeverity, code: Code, message: string, fixes?: Fix[], tags?: DiagnosticTag[]): Diagnostic {
	return makeDiagnostic(SOURCE, range, severity, code, message, fixes, tags);
}

/** What the parser made of one setting line (for later semantic checks). */
export interface ParsedSetting {
	/** The line. */
	entry: Entry;
	/** Option name after renames. */
	option: ResolvedOption;
	/** Parsed value: number, enum label as written, or the string. */
	value: number | string;
	/** Port section name, or null for [global]. */
	port: string | null;
}

/** Result of the parse-level check. */
export interface LinuxptpParse {
	/** Diagnostics (errors = daemon rejections). */
	diagnostics: Diagnostic[];
	/** Accepted settings in file order. */
	settings: ParsedSetting[];
	/** Port sections in order (name as the daemon keeps it). */
	ports: string[];
}

function describeType(o: ResolvedOption): string {
	switch (o.kind) {
		case 'int':
		case 'uint':
			return o.min === 0 && o.max === 1 ? '0 or 1' : `an integer from ${o.min} to ${o.max}`;
		case 'double':
			return `a number${o.min !== undefined ? ` from ${fmt(o.min)} to ${fmt(o.max ?? 0)}` : ''}`;
		case 'enum':
			return `one of ${(o.values ?? []).join(', ')}`;
		default:
			return 'a string';
	}
}

function fmt(n: number): string {
	if (n === Number.MAX_VALUE) {
		return 'DBL_MAX';
	}
	if (n === -Number.MAX_VALUE) {
		return '-DBL_MAX';
	}
	if (n === 2.2250738585072014e-308) {
		return 'DBL_MIN (just above 0)';
	}
	return String(n);
}

/** Checks a value against an option; null when accepted. */
export function checkValue(o: ResolvedOption, text: string): { code: Code; message: string; stopAt?: number } | null {
	let r: CNumberResult;
	switch (o.kind) {
		case 'string':
			return null;
		case 'enum':
			if ((o.values ?? []).some((v) => v.toLowerCase() === text.toLowerCase())) {
				return null;
			}
			return { code: Code.BadEnum, message: `'${text}' is not a value of '${o.name}'; use ${describeType(o)}.` };
		case 'int':
			r = parseCInt(text, o.min ?? 0, o.max ?? 0);
			break;
		case 'uint':
			r = parseCUint(text, o.min ?? 0, o.max ?? 0);
			break;
		case 'double':
			r = parseCDouble(text, o.min ?? -Number.MAX_VALUE, o.max ?? Number.MAX_VALUE);
			break;
	}
	if (r.ok) {
		return null;
	}
	if (r.reason === 'out-of-range') {
		return { code: Code.OutOfRange, message: `${text} is out of range for '${o.name}': it takes ${describeType(o)}.` };
	}
	return { code: Code.BadValue, message: `'${text}' is not valid for '${o.name}': it takes ${describeType(o)}.`, stopAt: r.stopAt };
}

const ENTRY_MEMO = new WeakMap<Entry, { key: string; diags: Diagnostic[]; setting?: ParsedSetting }>();

/** Runs the parse-level check. */
export function parseLinuxptp(doc: ConfigDocument, opts: LinuxptpCheckOptions): LinuxptpParse {
	const out: Diagnostic[] = [];
	const settings: ParsedSetting[] = [];
	const ports: string[] = [];
	const seenPorts = new Set<string>();
	const table = optionsFor(opts.release);
	const portNameMax = ['3.1', '4.0', '4.1', '4.2'].includes(opts.release) ? 16 : 128;

	for (const s of doc.sections) {
		checkHeader(s, portNameMax, out);
		if (ptpSectionKind(s) === 'port' && s.name !== '') {
			const name = s.name.slice(0, portNameMax);
			if (!seenPorts.has(name)) {
				seenPorts.add(name);
				ports.push(name);
			}
		}
	}
	checkLongLines(doc, out);
	const unicast = new UnicastTables(out);
	const memoKey = `${opts.release}|${String(opts.renameHints)}`;
	for (const e of doc.entries) {
		if (!e.section) {
			out.push(diag(e.range, DiagnosticSeverity.Error, Code.NotInSection,
				`'${e.key.text}' is outside any section; linuxptp needs a [global] or port section header first.`,
				[{ title: 'Insert [global] above', range: { start: { line: e.line, character: 0 }, end: { line: e.line, character: 0 } }, newText: '[global]\n' }]));
			continue;
		}
		const kind = ptpSectionKind(e.section);
		if (kind === 'unicast') {
			unicast.line(e, e.section);
			continue;
		}
		const port = kind === 'global' ? null : e.section.name.slice(0, portNameMax);
		// A line's verdict depends only on its text, its section and the options: reuse it across edits elsewhere.
		let memo = ENTRY_MEMO.get(e);
		if (!memo || memo.key !== memoKey) {
			const diags: Diagnostic[] = [];
			const got: ParsedSetting[] = [];
			if (!e.value) {
				diags.push(diag(e.range, DiagnosticSeverity.Error, Code.MissingValue, `'${e.key.text}' has no value.`));
			} else {
				checkSetting(e, port, table, opts, diags, got);
			}
			memo = { key: memoKey, diags, setting: got[0] };
			ENTRY_MEMO.set(e, memo);
		}
		out.push(...memo.diags);
		if (memo.setting) {
			settings.push(memo.setting);
		}
	}
	checkDuplicates(doc, out);
	return { diagnostics: out, settings, ports };
}

/** linuxptp reads lines with fgets() into 1024 bytes: a longer line is read as several lines. */
function checkLongLines(doc: ConfigDocument, out: Diagnostic[]): void {
	for (let i = 0; i < doc.lines.length; i++) {
		const line = doc.lines[i];
		if (line.length < 341) {
			continue; // cannot reach 1023 bytes even at three bytes per character
		}
		const bytes = Buffer.from(line, 'utf8');
		if (bytes.length < 1023) {
			continue;
		}
		const range = lineRange(i, 0, line.length);
		if (bytes.length === 1023) {
			out.push(diag(range, DiagnosticSeverity.Warning, Code.ExtraTokens,
				'This line is exactly 1023 bytes: linuxptp counts it as two lines, so its messages name every later line one too high.'));
			continue;
		}
		const tail = bytes.subarray(1023).toString('utf8');
		if (tail.trim() === '' || tail.trimStart().startsWith('#')) {
			continue;
		}
		out.push(diag(range, DiagnosticSeverity.Error, Code.ExtraTokens,
			`This line is ${bytes.length} bytes; linuxptp reads at most 1023 at a time and parses the rest ('${tail.slice(0, 20)}…') as a line of its own. Shorten it.`));
	}
}

function checkHeader(s: Section, portNameMax: number, out: Diagnostic[]): void {
	const kind = ptpSectionKind(s);
	if (kind !== 'port') {
		return;
	}
	if (s.name === '') {
		out.push(diag(s.header.range, DiagnosticSeverity.Error, Code.MalformedSection, 'Section header has no name; linuxptp cannot parse it.'));
		return;
	}
	const lower = s.header.text.toLowerCase();
	if (s.unclosed || /^\[\s*(global|unicast_master_table)\s*\]/.test(lower) || /\]\s*\S/.test(s.header.text)) {
		const special = /^(global|unicast_master_table)$/i.test(s.name);
		const fixes: Fix[] = special ? [{ title: `Write [${s.name.toLowerCase()}]`, range: s.header.range, newText: `[${s.name.toLowerCase()}]`, preferred: true }] : [];
		const why = s.unclosed ? 'lacks its closing \']\'' : /\]\s*\S/.test(s.header.text) ? 'has text after \']\'' : 'has blanks inside the brackets';
		out.push(diag(s.header.range, DiagnosticSeverity.Warning, Code.MalformedSection,
			`Section header ${why}; linuxptp reads it as a port section named '${s.name}'${special ? `, not as [${s.name.toLowerCase()}]` : ''}.`, fixes));
	}
	if (s.name.length > portNameMax) {
		out.push(diag(s.inner.range, DiagnosticSeverity.Warning, Code.MalformedSection,
			`Port name '${s.name}' is longer than ${portNameMax} characters; this linuxptp release cuts it to '${s.name.slice(0, portNameMax)}'.`));
	}
}

function checkSetting(e: Entry, port: string | null, table: Map<string, ResolvedOption>, opts: LinuxptpCheckOptions,
	out: Diagnostic[], settings: ParsedSetting[]): void {
	const value = e.value!;
	const written = e.key.text;
	const renamed = renameIn(written, opts.release);
	const name = renamed ?? written;
	if (renamed && opts.renameHints) {
		out.push(diag(e.key.range, DiagnosticSeverity.Hint, Code.OldName,
			`'${written}' is the old name of '${renamed}'; linuxptp ${opts.release} accepts it but prints a deprecation notice.`,
			[{ title: `Rename to '${renamed}'`, range: e.key.range, newText: renamed, preferred: true }], [DiagnosticTag.Deprecated]));
	}
	// fault_*_interval accept ASAP before any other check (config.c parse_fault_interval).
	if (/^asap$/i.test(value.text) && (name === 'fault_badpeernet_interval' || name === 'fault_reset_interval')) {
		const o = table.get(name);
		if (o) {
			settings.push({ entry: e, option: o, value: value.text, port });
		}
		return;
	}
	const o = table.get(name);
	if (!o) {
		out.push(unknownOption(e, port, table, opts.release));
		return;
	}
	const bad = checkValue(o, value.text);
	if (bad) {
		out.push(valueDiagnostic(e, o, bad));
		return;
	}
	if (port !== null && o.scope === 'global') {
		out.push(diag(e.key.range, DiagnosticSeverity.Error, Code.WrongSection,
			`'${name}' is a global option; linuxptp rejects it in ${sectionLabel(e.section)}. Move it to [global].`));
		return;
	}
	const parsed = o.kind === 'string' || o.kind === 'enum' ? value.text : numberOf(o, value.text);
	settings.push({ entry: e, option: o, value: parsed, port });
}

function numberOf(o: ResolvedOption, text: string): number {
	const r = o.kind === 'double' ? parseCDouble(text, -Infinity, Infinity) : o.kind === 'uint' ? parseCUint(text, 0, 4294967295) : parseCInt(text, -2147483648, 4294967295);
	return r.ok ? r.value : NaN;
}

function unknownOption(e: Entry, port: string | null, table: Map<string, ResolvedOption>, release: string): Diagnostic {
	const written = e.key.text;
	const where = port === null ? '[global]' : `port section [${port}]`;
	const known = releasesKnowing(written);
	if (known.length > 0) {
		const newer = known.filter((r) => r > release);
		const alt = [...table.values()].find((o) => renameIn(o.name, known[known.length - 1]) === written || renameIn(written, known[known.length - 1]) === o.name);
		const fixes: Fix[] = alt ? [{ title: `Use '${alt.name}' (linuxptp ${release} name)`, range: e.key.range, newText: alt.name, preferred: true }] : [];
		const when = newer.length === known.length ? `added in ${known[0]}` : `available in ${describeReleases(known)}`;
		return diag(e.key.range, DiagnosticSeverity.Error, Code.VersionAbsent,
			`Option '${written}' does not exist in linuxptp ${release} (${when})${alt ? `; this release calls it '${alt.name}'` : ''}.`, fixes);
	}
	const candidates = suggest(written, table.keys());
	const fixes = candidates.map((c, i): Fix => ({ title: `Change to '${c}'`, range: e.key.range, newText: c, preferred: i === 0 && candidates.length === 1 }));
	return diag(e.key.range, DiagnosticSeverity.Error, Code.UnknownOption,
		`Unknown option '${written}' in ${where}${candidates.length ? `. Did you mean '${candidates[0]}'?` : '.'}`, fixes);
}

function valueDiagnostic(e: Entry, o: ResolvedOption, bad: { code: Code; message: string; stopAt?: number }): Diagnostic {
	const value = e.value!;
	const hash = value.text.search(/\s#/);
	if (hash >= 0 && checkValue(o, value.text.slice(0, hash).trimEnd()) === null) {
		const commentStart = value.range.start.character + hash + 1;
		const comment = value.text.slice(hash + 1);
		const indent = ' '.repeat(e.range.start.character);
		return diag({ start: { line: e.line, character: commentStart }, end: value.range.end }, DiagnosticSeverity.Error, Code.TrailingComment,
			`linuxptp has no end-of-line comments: '${comment}' becomes part of the value of '${o.name}', which is then invalid. Put the comment on its own line.`,
			[{
				title: 'Move the comment above the line',
				range: { start: { line: e.line, character: 0 }, end: value.range.end },
				newText: `${indent}${comment}\n${indent}${e.key.text} ${value.text.slice(0, hash).trimEnd()}`,
				preferred: true,
			}]);
	}
	const words = value.text.split(/\s+/);
	if (words.length > 1 && checkValue(o, words[0]) === null) {
		const rest = value.text.slice(words[0].length);
		const extraStart = value.range.start.character + words[0].length + (rest.length - rest.trimStart().length);
		return diag({ start: { line: e.line, character: extraStart }, end: value.range.end },
			DiagnosticSeverity.Error, Code.ExtraTokens,
			`Unexpected text after the value of '${o.name}': linuxptp reads the whole rest of the line as the value, so '${value.text}' is invalid.`,
			[{ title: `Keep only '${words[0]}'`, range: value.range, newText: words[0], preferred: true }]);
	}
	const fixes: Fix[] = [];
	if (bad.code === Code.BadEnum) {
		for (const s of suggest(value.text, o.values ?? [], 2)) {
			fixes.push({ title: `Change to '${s}'`, range: value.range, newText: s });
		}
	}
	return diag(value.range, DiagnosticSeverity.Error, bad.code, bad.message, fixes);
}

function checkDuplicates(doc: ConfigDocument, out: Diagnostic[]): void {
	for (const s of doc.sections) {
		if (ptpSectionKind(s) === 'unicast') {
			continue;
		}
		const seen = new Map<string, Entry>();
		for (const e of s.entries) {
			const prev = seen.get(e.key.text);
			if (prev) {
				out.push(diag(e.key.range, DiagnosticSeverity.Warning, Code.Duplicate,
					`'${e.key.text}' is set again in ${sectionLabel(s)} (first on line ${prev.line + 1}); the last value wins.`,
					[{ title: `Remove the earlier '${e.key.text}' line`, range: { start: { line: prev.line, character: 0 }, end: { line: prev.line + 1, character: 0 } }, newText: '' }]));
			}
			seen.set(e.key.text, e);
		}
	}
}

/** `[unicast_master_table]` line grammar (config.c parse_unicast_mtab_line). */
class UnicastTables {
	private current: number | null = null;
	private section: Section | null = null;
	private readonly ids = new Set<number>();

	constructor(private readonly out: Diagnostic[]) {}

	line(e: Entry, section: Section): void {
		// Every [unicast_master_table] header starts without a current table.
		if (section !== this.section) {
			this.section = section;
			this.current = null;
		}
		const text = [e.key.text, e.value?.text ?? ''].join(' ').trim();
		const num = (kw: string): number | null => {
			const m = new RegExp(`^${kw}\\s*([-+]?\\d+)`).exec(text);
			return m ? Number(m[1]) : null;
		};
		const id = num('table_id');
		if (id !== null) {
			if (id < 1) {
				this.err(e.value?.range ?? e.range, `table_id ${id} is out of range; it must be 1 or more.`, Code.OutOfRange);
			} else if (this.ids.has(id)) {
				this.err(e.value?.range ?? e.range, `table_id ${id} is already used by another unicast master table.`, Code.Duplicate);
			} else {
				this.ids.add(id);
				this.current = id;
			}
			return;
		}
		const lqi = num('logQueryInterval');
		if (lqi !== null) {
			if (this.current === null) {
				this.err(e.range, 'logQueryInterval comes before any table_id in [unicast_master_table].', Code.NotInSection);
			} else if (lqi < -128 || lqi > 127) {
				this.err(e.value?.range ?? e.range, `logQueryInterval ${lqi} is out of range (-128 to 127).`, Code.OutOfRange);
			}
			return;
		}
		if (/^peer_address\s*\S/.test(text)) {
			if (this.current === null) {
				this.err(e.range, 'peer_address comes before any table_id in [unicast_master_table].', Code.NotInSection);
			}
			return;
		}
		if (!e.value) {
			this.err(e.range, 'Bad unicast master table line: expected \'table_id N\', \'logQueryInterval N\', \'peer_address ADDR\' or \'L2|UDPv4|UDPv6 ADDRESS\'.', Code.MissingValue);
			return;
		}
		const transport = e.key.text.slice(0, 16);
		const address = e.key.text.length > 16 ? e.key.text.slice(16) : e.args[0].text;
		if (this.current === null) {
			this.err(e.range, 'Address line comes before any table_id in [unicast_master_table].', Code.NotInSection);
			return;
		}
		const t = transport.toLowerCase();
		const addr = address.slice(0, 64);
		const ok = t === 'udpv4' ? isInetAton(addr) : t === 'udpv6' ? isIpv6(addr) : t === 'l2' ? isScanfMac(addr) : false;
		if (!ok) {
			const what = t === 'udpv4' ? 'an IPv4 address' : t === 'udpv6' ? 'an IPv6 address' : t === 'l2' ? 'a MAC address (xx:xx:xx:xx:xx:xx)' : null;
			this.err(what ? e.args[0]?.range ?? e.range : e.key.range, what
				? `'${addr}' is not ${what}.`
				: `Unknown transport '${e.key.text}' in [unicast_master_table]; use L2, UDPv4 or UDPv6.`, what ? Code.BadValue : Code.BadEnum);
		}
	}

	private err(range: Range, message: string, code: Code): void {
		this.out.push(diag(range, DiagnosticSeverity.Error, code, message));
	}
}
