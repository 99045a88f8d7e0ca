/**
 * Checks a chrony.conf (or a sourcedir `.sources` file) the way chronyd's CNF_ParseLine does, but reports every
 * problem instead of stopping at the first. An error here is a line `chronyd -p` of the chosen release rejects;
 * warnings are things chronyd accepts at parse time but that fail later (when it starts) or that it ignores.
 *
 * chronyd normalizes each line (blanks collapsed to one space, a line whose first non-blank character is one of
 * `!;#%` is a comment), matches the directive name case-insensitively and hands the rest to one parse function;
 * those mostly use sscanf, which reads a number's prefix and leaves the rest for the next step. The emulation
 * below follows each function's control flow on the normalized line, with glibc's conversion rules (cScan.ts).
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { ConfigDocument, Entry, Token } from '../../parser/ast';
import { Code } from '../../features/codes';
import { makeDiagnostic, type Fix } from '../../features/diagnosticData';
import { isInetAton, isIpv4Strict, isIpv6 } from '../../values/addresses';
import { suggest } from '../../values/suggest';
import {
	isCSpace, scanDouble, scanHex32, scanInt, scanSequence, scanUint32, scanULong, scanWord, strtol10, type ScanConversion,
	type Scanned,
} from './cScan';
import type { ChronyDriverOption, ChronyParser } from './facts';
import {
	asciiLower, chronyReleaseIndex, describeAvailability, directiveHistory, directivesFor, driversFor, limitsFor, optionHistory, optionsFor,
	releasesKnowingDriver, releasesKnowingWord, releasesOf, wordsFor, type ChronyOptionSet, type ChronyRelease,
	type ChronyWordList, type ResolvedDirective, type ResolvedOption,
} from './options';
import { CHRONY_SOURCE_DIRECTIVES, CHRONY_STRICT_SCANF_FROM } from './overrides';

/** Source string of every chrony diagnostic. */
export const SOURCE = 'chrony';

/** Options of the check. */
export interface ChronyCheckOptions {
	/** Release whose rules apply. */
	release: ChronyRelease;
	/** The file is a sourcedir `.sources` file: only server/pool/peer lines count, others are skipped by chronyd. */
	sources: boolean;
	/** Whether the file ends with a newline (default true); matters for the last line's length and in `.sources` files. */
	finalNewline?: boolean;
	/**
	 * Whether chronyd runs on glibc 2.43 or newer, whose sscanf rejects incomplete numbers such as `1e` or `0x`
	 * (older glibc reads them as a prefix). Default: true from CHRONY_STRICT_SCANF_FROM on (the reference builds).
	 */
	strictScanf?: boolean;
}

/** Makes a diagnostic. */
export function diag(range: Range, severity: DiagnosticSeverity, code: Code, message: string, fixes?: Fix[], tags?: DiagnosticTag[]): Diagnostic {
	return makeDiagnostic(SOURCE, range, severity, code, message, fixes, tags);
}

/** A keyword option as chronyd read it. */
export interface ParsedOption {
	/** Option name in lower case. */
	name: string;
	/** The keyword as written. */
	keyword: Token;
	/** The value word as written (absent for flags). */
	value?: Token;
	/** The number chronyd stored, for numeric options. */
	number?: number;
	/** The text chronyd stored, for refid/word options (e.g. the up to 4 characters of a refid). */
	text?: string;
}

/** An option of a refclock driver parameter (`:name` or `:name=value`). */
export interface ParsedDriverOption {
	/** Option name. */
	name: string;
	/** The value after `=`, if any. */
	value?: string;
	/** Where `name[=value]` is. */
	range: Range;
}

/** An allow/deny address or subnet as chronyd read it. */
export interface ParsedSubnet {
	/** The word as written. */
	token: Token;
	/** `4`/`6` for an address, `name` for a host name chronyd resolves when it reads the line. */
	family: 4 | 6 | 'name';
	/** The address part (before `/`). */
	address: string;
	/** Prefix length (given, or implied: 32/128, 8 per number in shortened IPv4 forms). */
	bits: number;
}

/** What every parsed directive has. */
interface ParsedBase {
	/** The line. */
	entry: Entry;
	/** Directive name in lower case. */
	name: string;
	/** The directive's facts in the chosen release. */
	directive: ResolvedDirective;
	/** The argument words after the directive name, with their ranges. */
	args: Token[];
}

/** A `server`, `pool` or `peer` line. */
export interface ParsedSource extends ParsedBase {
	/** Discriminator. */
	kind: 'source';
	/** Which of the three directives. */
	type: 'server' | 'pool' | 'peer';
	/** Host name or address. */
	host: Token;
	/** Options in order. */
	options: ParsedOption[];
}

/** A `refclock` line. */
export interface ParsedRefclock extends ParsedBase {
	/** Discriminator. */
	kind: 'refclock';
	/** Driver name as written (chronyd compares it case-sensitively). */
	driver: Token;
	/** The whole driver parameter, e.g. `/dev/ptp0:nocrossts`. */
	parameter: Token;
	/** The part of the parameter before the first `:` (device, socket path, SHM segment…). */
	device: string;
	/** The `:`-separated options after the device. */
	driverOptions: ParsedDriverOption[];
	/** Refclock options in order. */
	options: ParsedOption[];
}

/** A `hwtimestamp` line. */
export interface ParsedHwtimestamp extends ParsedBase {
	/** Discriminator. */
	kind: 'hwtimestamp';
	/** Interface name (or `*`). */
	iface: Token;
	/** Options in order. */
	options: ParsedOption[];
}

/** A `ratelimit`, `ntsratelimit`, `cmdratelimit` or `local` line. */
export interface ParsedKeywordDirective extends ParsedBase {
	/** Discriminator. */
	kind: 'ratelimit' | 'local';
	/** Options in order. */
	options: ParsedOption[];
}

/** An `allow`, `deny`, `cmdallow` or `cmddeny` line. */
export interface ParsedAccess extends ParsedBase {
	/** Discriminator. */
	kind: 'access';
	/** NTP clients or the command port. */
	list: 'ntp' | 'cmd';
	/** Allow (true) or deny. */
	allow: boolean;
	/** Written with `all`. */
	all: boolean;
	/** The subnet; null when none is given (every address). */
	subnet: ParsedSubnet | null;
}

/** A `log` line. */
export interface ParsedLog extends ParsedBase {
	/** Discriminator. */
	kind: 'log';
	/** The log names. */
	fields: Token[];
}

/** A directive with one numeric argument (`int` or `double` parser). */
export interface ParsedNumber extends ParsedBase {
	/** Discriminator. */
	kind: 'number';
	/** The value chronyd stored. */
	value: number;
	/** The word as written. */
	token: Token;
}

/** Any other accepted directive (its words are in `args`). */
export interface ParsedOther extends ParsedBase {
	/** Discriminator. */
	kind: 'other';
}

/** One accepted line, in file order. */
export type ParsedDirective = ParsedSource | ParsedRefclock | ParsedHwtimestamp | ParsedKeywordDirective | ParsedAccess | ParsedLog
	| ParsedNumber | ParsedOther;

/** Result of the parse-level check. */
export interface ChronyParse {
	/** Diagnostics (errors = lines chronyd rejects). */
	diagnostics: Diagnostic[];
	/** Lines chronyd accepts, in file order (in `.sources` files only server/pool/peer). */
	directives: ParsedDirective[];
}

/** A word of a normalized line: [start, end) and its text. */
interface Word {
	/** Normalized index of the first character. */
	start: number;
	/** Normalized index after the last character. */
	end: number;
	/** The characters. */
	text: string;
}

/** A release's view of a history entry, for range comparisons. */
interface RangedVariant {
	/** First release. */
	from: string;
	/** Inclusive lower bound, when checked. */
	min?: number;
	/** Inclusive upper bound, when checked. */
	max?: number;
}

/** One line after CPS_NormalizeLine, with the column of every character in the original line. */
class CLine {
	/** The normalized text: words separated by single spaces. */
	readonly norm: string;
	private readonly cols: number[];

	constructor(readonly lineNo: number, raw: string) {
		let text = '';
		const cols: number[] = [];
		let pendingSpace = -1;
		for (let i = 0; i < raw.length; i++) {
			if (isCSpace(raw[i])) {
				if (text !== '' && pendingSpace < 0) {
					pendingSpace = i;
				}
				continue;
			}
			if (pendingSpace >= 0) {
				text += ' ';
				cols.push(pendingSpace);
				pendingSpace = -1;
			}
			text += raw[i];
			cols.push(i);
		}
		this.norm = text;
		this.cols = cols;
	}

	/** Original column of a normalized index (one past the end maps to just after the last character). */
	col(k: number): number {
		if (k < this.cols.length) {
			return this.cols[k];
		}
		return this.cols.length ? this.cols[this.cols.length - 1] + 1 : 0;
	}

	/** Range of normalized indices [a, b). */
	range(a: number, b: number): Range {
		const start = this.col(a);
		const end = b > a ? this.col(b - 1) + 1 : start;
		return { start: { line: this.lineNo, character: start }, end: { line: this.lineNo, character: end } };
	}

	/** CPS_SplitWord from `at`: the word (after blanks) and where the next word starts. */
	word(at: number): { start: number; end: number; next: number; text: string } {
		let s = at;
		while (s < this.norm.length && this.norm[s] === ' ') {
			s++;
		}
		let e = s;
		while (e < this.norm.length && this.norm[e] !== ' ') {
			e++;
		}
		let n = e;
		while (n < this.norm.length && this.norm[n] === ' ') {
			n++;
		}
		return { start: s, end: e, next: n, text: this.norm.slice(s, e) };
	}

	/** The words from `at` on. */
	words(at: number): Word[] {
		const out: Word[] = [];
		for (let i = at; i < this.norm.length;) {
			const w = this.word(i);
			if (w.text === '') {
				break;
			}
			out.push(w);
			i = w.next;
		}
		return out;
	}

	/** A token for normalized indices [a, b). */
	token(a: number, b: number): Token {
		return { text: this.norm.slice(a, b), range: this.range(a, b) };
	}
}

/** The state of one line's check. */
class LineCheck {
	/** The first error (chronyd stops there); later problems on the line are not reported. */
	error: Diagnostic | null = null;
	/** Warnings (only kept when the line has no error). */
	readonly warnings: Diagnostic[] = [];

	constructor(readonly line: CLine, readonly release: ChronyRelease, readonly directive: ResolvedDirective, readonly argsAt: number,
		readonly label: string, readonly strict: boolean) {}

	/** `%lf` at `at` of `text` (a word at normalized index `base`), warning when only older glibc accepts it. */
	double(text: string, at: number, base: number): Scanned<number> | null {
		const r = scanDouble(text, at, this.strict);
		if (r && !this.strict && !scanDouble(text, at, true)) {
			this.warnGlibc(text, at, base, r.end);
		}
		return r;
	}

	/** `%x` at `at`, like double(). */
	hex(text: string, at: number, base: number): Scanned<number> | null {
		const r = scanHex32(text, at, this.strict);
		if (r && !this.strict && !scanHex32(text, at, true)) {
			this.warnGlibc(text, at, base, r.end);
		}
		return r;
	}

	/** sscanf with several conversions, like double(). */
	sequence(text: string, conv: readonly ScanConversion[], base: number): { count: number; ends: number[] } {
		const r = scanSequence(text, conv, this.strict);
		if (!this.strict) {
			const s = scanSequence(text, conv, true);
			if (s.count < r.count) {
				const at = s.count === 0 ? 0 : s.ends[s.count - 1];
				this.warnGlibc(text, at, base, r.ends[s.count]);
			}
		}
		return r;
	}

	private warnGlibc(text: string, at: number, base: number, end: number): void {
		let s = at;
		while (s < text.length && isCSpace(text[s])) {
			s++;
		}
		this.warn(base + s, base + end, Code.BadValue,
			`'${text.slice(s, end)}' is an incomplete number: chronyd ${this.release} built with glibc older than 2.43 reads it, glibc 2.43 and newer reject the line.`);
	}

	/** Records the line's error unless one is already recorded; returns null for `return ctx.fail(…)`. */
	fail(a: number, b: number, code: Code, message: string, fixes?: Fix[]): null {
		if (!this.error) {
			this.error = diag(this.line.range(a, b), DiagnosticSeverity.Error, code, message, fixes);
		}
		return null;
	}

	/** Records a warning. */
	warn(a: number, b: number, code: Code, message: string, tags?: DiagnosticTag[]): void {
		this.warnings.push(diag(this.line.range(a, b), DiagnosticSeverity.Warning, code, message, undefined, tags));
	}

	/** The argument words. */
	args(): Word[] {
		return this.line.words(this.argsAt);
	}

	/** Usage text for messages. */
	usage(): string {
		const u = this.directive.usage.join(' | ');
		return u ? ` Usage: ${u}${u.endsWith('.') ? '' : '.'}` : '';
	}

	/** check_number_of_args(): exactly `n` words. */
	argCount(n: number): boolean {
		const words = this.args();
		if (words.length < n) {
			const end = this.line.norm.length;
			this.fail(0, end, Code.MissingValue, `'${this.label}' needs ${n === 1 ? 'an argument' : `${n} arguments`}${words.length ? ` (${words.length} given)` : ''}; chronyd rejects the line.${this.usage()}`);
			return false;
		}
		if (words.length > n) {
			const extra = words[n];
			this.fail(extra.start, words[words.length - 1].end, Code.ExtraTokens,
				n === 0 ? `'${this.label}' takes no arguments; chronyd rejects the line.` : `Too many arguments for '${this.label}': it takes ${n === 1 ? 'one' : n}; chronyd rejects the line.${this.usage()}`);
			return false;
		}
		return true;
	}
}

const NUMBER_WORDS: Record<string, string> = {
	int: 'an integer', double: 'a number', uint32: 'an unsigned integer', hex32: 'a hexadecimal number', word4: 'a word', refid: 'a reference ID of 1–4 characters',
};

function fmtRange(min: number | undefined, max: number | undefined): string {
	const f = (n: number): string => (n === 2147483647 ? 'INT_MAX' : String(n));
	return `${min === undefined ? '…' : f(min)} to ${max === undefined ? '…' : f(max)}`;
}

/** The first newer release that checks a range and would reject `value` (for "accepted here, rejected later" warnings). */
function laterRejecting(variants: readonly RangedVariant[], release: string, value: number): { from: string; min: number; max: number } | null {
	const i = chronyReleaseIndex(release);
	for (const v of variants) {
		if (chronyReleaseIndex(v.from) > i && v.min !== undefined && v.max !== undefined && (value < v.min || value > v.max)) {
			return { from: v.from, min: v.min, max: v.max };
		}
	}
	return null;
}

/** The number a decimal literal means mathematically (to tell when `%d` wrapped it). */
function literalValue(text: string): bigint | null {
	const m = /^[+-]?\d+/.exec(text);
	return m ? BigInt(m[0]) : null;
}

/** Reads a keyword option's value the way the release does; null (and an error) when chronyd rejects it. */
function readValue(ctx: LineCheck, o: ResolvedOption, set: ChronyOptionSet, keyword: Word, at: number): { option: ParsedOption; end: number } | null {
	const line = ctx.line;
	const vw = line.word(at);
	const label = `${ctx.label} ${o.name}`;
	const missing = (): null => ctx.fail(keyword.start, keyword.end, Code.MissingValue, `'${keyword.text}' needs a value (${NUMBER_WORDS[o.value] ?? 'a value'}); chronyd rejects the line.`);
	if (at >= line.norm.length) {
		return missing();
	}
	const bad = (what: string): null => ctx.fail(vw.start, vw.end, Code.BadValue, `'${vw.text}' is not valid for '${label}': ${what}; chronyd rejects the line.`);
	const option: ParsedOption = { name: o.name, keyword: line.token(keyword.start, keyword.end) };
	// The value token is what the conversion read (`5` of `5iburst`).
	const done = (end: number): { option: ParsedOption; end: number } => {
		option.value = line.token(vw.start, Math.min(end, vw.end));
		return { option, end };
	};
	let r: Scanned<number> | null;
	switch (o.value) {
		case 'refid': {
			const len = vw.end - at;
			if (len === 0 || len > 4) {
				return bad('a reference ID has 1 to 4 characters');
			}
			option.text = vw.text;
			return done(vw.end);
		}
		case 'word4': {
			const w = scanWord(line.norm, at, 4);
			if (!w) {
				return missing();
			}
			if (o.values && !o.values.includes(asciiLower(w.value))) {
				const fixes = suggest(vw.text, o.values, 2).map((s): Fix => ({ title: `Change to '${s}'`, range: line.range(vw.start, vw.end), newText: s }));
				return ctx.fail(vw.start, vw.end, Code.BadEnum, `'${vw.text}' is not valid for '${label}': use ${o.values.join(', ')}; chronyd rejects the line.`, fixes);
			}
			option.text = w.value;
			return done(w.end);
		}
		case 'double': {
			const d = ctx.double(line.norm, at, 0);
			if (!d) {
				return bad('it takes a number');
			}
			option.number = d.value;
			return done(d.end);
		}
		case 'uint32':
			r = scanUint32(line.norm, at);
			break;
		case 'hex32':
			r = ctx.hex(line.norm, at, 0);
			break;
		default:
			r = scanInt(line.norm, at);
	}
	if (!r) {
		return bad(`it takes ${NUMBER_WORDS[o.value]}`);
	}
	option.number = r.value;
	const written = line.norm.slice(at, r.end);
	if (o.exclude?.includes(r.value)) {
		return bad(o.name === 'key' ? 'key ID 0 means no key, use an ID from 1' : `${r.value} is not allowed here`);
	}
	if (o.codes && !o.codes.includes(r.value)) {
		return ctx.fail(vw.start, vw.end, Code.BadValue,
			`'${vw.text}' is not an extension field chrony ${ctx.release} knows; use ${o.codes.map((c) => c.toString(16).toUpperCase()).join(' or ')}. chronyd rejects the line.`);
	}
	if (o.min !== undefined && o.max !== undefined && (r.value < o.min || r.value > o.max)) {
		return ctx.fail(vw.start, vw.end, Code.OutOfRange, `${written} is out of range for '${label}': chrony ${ctx.release} takes ${fmtRange(o.min, o.max)}.`);
	}
	const lit = o.value === 'int' ? literalValue(written) : null;
	if (lit !== null && BigInt(r.value) !== lit) {
		ctx.warn(vw.start, vw.end, Code.OutOfRange, `${written} does not fit in a C int: chronyd stores it as ${r.value}.`);
	} else if (o.min === undefined && o.value === 'int') {
		const later = laterRejecting(optionHistory(set, o.name)?.variants ?? [], ctx.release, r.value);
		if (later) {
			ctx.warn(vw.start, vw.end, Code.OutOfRange,
				`chrony ${ctx.release} accepts ${written} for '${label}', but chrony ${later.from} rejects values outside ${fmtRange(later.min, later.max)}.`);
		}
	}
	return done(r.end);
}

/** Diagnostic text for a keyword that is not an option of the directive in this release. */
function unknownKeyword(ctx: LineCheck, w: Word, set: ChronyOptionSet, table: Map<string, ResolvedOption>, what: string): null {
	const hist = optionHistory(set, w.text);
	if (hist) {
		const known = releasesOf(hist.variants);
		if (known.includes(ctx.release)) {
			return ctx.fail(w.start, w.end, Code.UnknownOption, `'${w.text}' is not an option of '${ctx.label}' (only ratelimit takes it); chronyd rejects the line.`);
		}
		return ctx.fail(w.start, w.end, Code.VersionAbsent,
			`'${w.text}' is not an option of '${ctx.label}' in chrony ${ctx.release} (${describeAvailability(known, ctx.release)}); chronyd rejects the line.`);
	}
	const candidates = suggest(w.text, table.keys());
	const fixes = candidates.map((c, i): Fix => ({ title: `Change to '${c}'`, range: ctx.line.range(w.start, w.end), newText: c, preferred: i === 0 && candidates.length === 1 }));
	return ctx.fail(w.start, w.end, Code.UnknownOption,
		`Unknown ${what} '${w.text}'${candidates.length ? `. Did you mean '${candidates[0]}'?` : '.'} chronyd rejects the line.`, fixes);
}

/**
 * The keyword loop of CPS_ParseNTPSourceAdd, parse_refclock, parse_hwtimestamp and CPS_ParseLocal: a keyword,
 * then its value read from just after the keyword; the next keyword starts where the value's conversion stopped.
 */
function optionLoop(ctx: LineCheck, start: number, set: ChronyOptionSet, what: string): ParsedOption[] | null {
	const line = ctx.line;
	const table = optionsFor(set, ctx.release);
	const out: ParsedOption[] = [];
	let prevValue: Word | null = null;
	for (let i = start; i < line.norm.length;) {
		const w = line.word(i);
		const glued = prevValue !== null && w.start === i && i > 0 && line.norm[i - 1] !== ' ';
		const o = table.get(asciiLower(w.text));
		if (glued && prevValue) {
			const whole = line.word(prevValue.start);
			if (!o) {
				return ctx.fail(whole.start, whole.end, Code.BadValue,
					`'${whole.text}' is not a valid value: chronyd reads '${line.norm.slice(prevValue.start, i)}' and then takes '${w.text}' as the next option, which it does not know; chronyd rejects the line.`);
			}
			ctx.warn(whole.start, whole.end, Code.BadValue,
				`'${whole.text}' is read as the value '${line.norm.slice(prevValue.start, i)}' followed by the option '${w.text}'; put a blank between them if that is meant.`);
		}
		if (!o) {
			return unknownKeyword(ctx, w, set, table, what);
		}
		if (o.value === 'flag') {
			out.push({ name: o.name, keyword: line.token(w.start, w.end) });
			prevValue = null;
			i = w.next;
			continue;
		}
		const v = readValue(ctx, o, set, w, w.next);
		if (!v) {
			return null;
		}
		out.push(v.option);
		prevValue = { start: w.next, end: v.end, text: line.norm.slice(w.next, v.end) };
		i = v.end;
	}
	return out;
}

/** The directive-specific parsers. Each returns the parsed line, or null after ctx.fail(). */
type Handler = (ctx: LineCheck, base: ParsedBase) => ParsedDirective | null;

function other(base: ParsedBase): ParsedOther {
	return { ...base, kind: 'other' };
}

/** Warns when a sscanf-read number has text glued to it that chronyd silently ignores. */
function warnIgnoredTail(ctx: LineCheck, word: Word, end: number, newer?: string): void {
	if (end < word.end) {
		ctx.warn(word.start, word.end, Code.BadValue,
			`chronyd reads '${ctx.line.norm.slice(word.start, end)}' from '${word.text}' and ignores the rest${newer ?? ''}.`);
	}
}

function parseIntWord(ctx: LineCheck, word: Word, d: ResolvedDirective): number | null {
	if (d.style === 'strtol') {
		const r = strtol10(word.text);
		if (r.erange || r.end !== word.text.length) {
			return ctx.fail(word.start, word.end, Code.BadValue, `'${word.text}' is not a decimal integer; '${ctx.label}' takes one. chronyd rejects the line.`);
		}
		const v = Number(r.value);
		if (d.min !== undefined && d.max !== undefined && (v < d.min || v > d.max)) {
			return ctx.fail(word.start, word.end, Code.OutOfRange, `${word.text} is out of range for '${ctx.label}': chrony ${ctx.release} takes ${fmtRange(d.min, d.max)}.`);
		}
		return v;
	}
	const r = scanInt(word.text);
	if (!r) {
		return ctx.fail(word.start, word.end, Code.BadValue, `'${word.text}' is not an integer; '${ctx.label}' takes one. chronyd rejects the line.`);
	}
	const variants = directiveHistory(ctx.label)?.variants ?? [];
	const strtolFrom = variants.find((v) => chronyReleaseIndex(v.from) > chronyReleaseIndex(ctx.release) && v.style === 'strtol');
	warnIgnoredTail(ctx, word, word.start + r.end, strtolFrom ? `; chrony ${strtolFrom.from} and newer reject such a value` : undefined);
	const lit = literalValue(word.text);
	const later = laterRejecting(variants, ctx.release, r.value);
	if (lit !== null && BigInt(r.value) !== lit) {
		ctx.warn(word.start, word.end, Code.OutOfRange, `${word.text.slice(0, r.end)} does not fit in a C int: chronyd stores it as ${r.value}.`);
	} else if (later) {
		ctx.warn(word.start, word.end, Code.OutOfRange,
			`chrony ${ctx.release} accepts ${r.value} for '${ctx.label}', but chrony ${later.from} rejects values outside ${fmtRange(later.min, later.max)}.`);
	}
	return r.value;
}

function wordListCheck(ctx: LineCheck, list: ChronyWordList, word: Word, caseSensitive: boolean, what: string): boolean {
	const words = wordsFor(list, ctx.release);
	const ok = caseSensitive ? words.includes(word.text) : words.includes(asciiLower(word.text));
	if (ok) {
		return true;
	}
	const known = releasesKnowingWord(list, word.text, caseSensitive);
	if (known.length) {
		ctx.fail(word.start, word.end, Code.VersionAbsent, `'${word.text}' is not ${what} in chrony ${ctx.release} (${describeAvailability(known, ctx.release)}); chronyd rejects the line.`);
		return false;
	}
	const fixes = suggest(word.text, words, 2).map((s): Fix => ({ title: `Change to '${s}'`, range: ctx.line.range(word.start, word.end), newText: s }));
	ctx.fail(word.start, word.end, Code.BadEnum, `'${word.text}' is not ${what}; use one of ${words.join(', ')}${caseSensitive ? ' (lower case)' : ''}. chronyd rejects the line.`, fixes);
	return false;
}

/** UTI_StringToIP: inet_pton for IPv4, then IPv6. */
function ipFamily(text: string): 4 | 6 | null {
	return isIpv4Strict(text) ? 4 : isIpv6(text) ? 6 : null;
}

/** Characters a resolvable host name can have. */
const HOSTNAME = /^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_.])?$/;

/** Words of fixed-shape directives read by one sscanf with several conversions. */
function scanned(ctx: LineCheck, conv: readonly ScanConversion[], from: number, names: readonly string[]): boolean {
	const text = ctx.line.norm.slice(from);
	const r = ctx.sequence(text, conv, from);
	if (r.count === conv.length) {
		const words = ctx.line.words(from);
		for (let i = 0; i < conv.length && i < words.length; i++) {
			const end = from + r.ends[i];
			if (end < words[i].end && end > words[i].start) {
				warnIgnoredTail(ctx, words[i], end);
			}
		}
		return true;
	}
	const words = ctx.line.words(from);
	const w = words[r.count] ?? words[words.length - 1];
	ctx.fail(w.start, w.end, Code.BadValue, `'${w.text}' is not valid as the ${names[r.count] ?? 'value'} of '${ctx.label}': it takes ${conv[r.count] === 'd' ? 'an integer' : 'a number'}. chronyd rejects the line.${ctx.usage()}`);
	return false;
}

const HANDLERS: Record<ChronyParser, Handler> = {
	null: (ctx, base) => (ctx.argCount(0) ? other(base) : null),
	ignored: (ctx, base) => {
		ctx.warn(0, ctx.line.word(0).end, Code.VersionAbsent, `chronyd ignores '${ctx.label}' (it no longer has any effect); the line can be removed.`, [DiagnosticTag.Unnecessary]);
		return other(base);
	},
	obsolete: (ctx, base) => {
		ctx.warn(0, ctx.line.word(0).end, Code.VersionAbsent, `'${ctx.label}' is no longer supported: chronyd prints a warning and ignores the line.`, [DiagnosticTag.Deprecated]);
		return other(base);
	},
	string: (ctx, base) => (ctx.argCount(1) ? other(base) : null),
	ntsserver: (ctx, base) => (ctx.argCount(1) ? other(base) : null),
	pidfile: (ctx, base) => (ctx.argCount(1) ? other(base) : null),
	include: (ctx, base) => (ctx.argCount(1) ? other(base) : null),
	int: (ctx, base) => {
		if (!ctx.argCount(1)) {
			return null;
		}
		const w = ctx.args()[0];
		const v = parseIntWord(ctx, w, base.directive);
		return v === null ? null : { ...base, kind: 'number', value: v, token: ctx.line.token(w.start, w.end) };
	},
	ints: (ctx, base) => {
		for (const w of ctx.args()) {
			if (parseIntWord(ctx, w, base.directive) === null) {
				return null;
			}
		}
		return other(base);
	},
	double: (ctx, base) => {
		if (!ctx.argCount(1)) {
			return null;
		}
		const w = ctx.args()[0];
		const r = ctx.double(w.text, 0, w.start);
		if (!r) {
			return ctx.fail(w.start, w.end, Code.BadValue, `'${w.text}' is not a number; '${ctx.label}' takes one. chronyd rejects the line.`);
		}
		warnIgnoredTail(ctx, w, w.start + r.end);
		return { ...base, kind: 'number', value: r.value, token: ctx.line.token(w.start, w.end) };
	},
	clientloglimit: (ctx, base) => {
		if (!ctx.argCount(1)) {
			return null;
		}
		const w = ctx.args()[0];
		const r = scanULong(w.text);
		if (!r) {
			return ctx.fail(w.start, w.end, Code.BadValue, `'${w.text}' is not an unsigned integer; '${ctx.label}' takes one. chronyd rejects the line.`);
		}
		warnIgnoredTail(ctx, w, w.start + r.end);
		return other(base);
	},
	fallbackdrift: (ctx, base) => (ctx.argCount(2) && scanned(ctx, ['d', 'd'], ctx.argsAt, ['minimum interval', 'maximum interval']) ? other(base) : null),
	makestep: (ctx, base) => (ctx.argCount(2) && scanned(ctx, ['lf', 'd'], ctx.argsAt, ['threshold', 'limit']) ? other(base) : null),
	maxchange: (ctx, base) => (ctx.argCount(3) && scanned(ctx, ['lf', 'd', 'd'], ctx.argsAt, ['offset', 'start', 'ignore']) ? other(base) : null),
	mailonchange: (ctx, base) => {
		if (!ctx.argCount(2)) {
			return null;
		}
		const [, w] = ctx.args();
		const r = ctx.double(w.text, 0, w.start);
		if (!r) {
			return ctx.fail(w.start, w.end, Code.BadValue, `'${w.text}' is not a number; the threshold of '${ctx.label}' must be one. chronyd rejects the line.`);
		}
		warnIgnoredTail(ctx, w, w.start + r.end);
		return other(base);
	},
	smoothtime: (ctx, base) => {
		const words = ctx.args();
		if (words.length !== 3 && !ctx.argCount(2)) {
			return null;
		}
		if (!scanned(ctx, ['lf', 'lf'], ctx.argsAt, ['maximum frequency', 'maximum wander'])) {
			return null;
		}
		if (words.length === 3 && asciiLower(words[2].text) !== 'leaponly') {
			return ctx.fail(words[2].start, words[2].end, Code.BadEnum, `'${words[2].text}' is not valid here: the only option of '${ctx.label}' is 'leaponly'. chronyd rejects the line.`,
				[{ title: "Change to 'leaponly'", range: ctx.line.range(words[2].start, words[2].end), newText: 'leaponly' }]);
		}
		return other(base);
	},
	tempcomp: (ctx, base) => {
		const words = ctx.args();
		if (words.length === 3) {
			const r = ctx.double(words[1].text, 0, words[1].start);
			if (!r) {
				return ctx.fail(words[1].start, words[1].end, Code.BadValue, `'${words[1].text}' is not a number; the interval of '${ctx.label}' must be one. chronyd rejects the line.`);
			}
			warnIgnoredTail(ctx, words[1], words[1].start + r.end);
			return other(base);
		}
		if (!ctx.argCount(6)) {
			return null;
		}
		return scanned(ctx, ['lf', 'lf', 'lf', 'lf', 'lf'], words[1].start, ['interval', 'T0', 'k0', 'k1', 'k2']) ? other(base) : null;
	},
	broadcast: (ctx, base) => {
		const words = ctx.args();
		if (words.length === 0) {
			return ctx.fail(0, ctx.line.norm.length, Code.MissingValue, `'${ctx.label}' needs an interval and an address; chronyd rejects the line.${ctx.usage()}`);
		}
		const iv = scanInt(words[0].text);
		if (!iv) {
			return ctx.fail(words[0].start, words[0].end, Code.BadValue, `'${words[0].text}' is not an integer; the interval of '${ctx.label}' must be one. chronyd rejects the line.`);
		}
		warnIgnoredTail(ctx, words[0], words[0].start + iv.end);
		if (words.length < 2) {
			return ctx.fail(words[0].start, words[0].end, Code.MissingValue, `'${ctx.label}' needs an address after the interval; chronyd rejects the line.${ctx.usage()}`);
		}
		if (!ipFamily(words[1].text)) {
			return ctx.fail(words[1].start, words[1].end, Code.BadValue, `'${words[1].text}' is not an IPv4 or IPv6 address; chronyd rejects the line.`);
		}
		if (words.length >= 3) {
			const port = scanInt(words[2].text);
			if (!port) {
				return ctx.fail(words[2].start, words[2].end, Code.BadValue, `'${words[2].text}' is not a port number; chronyd rejects the line.`);
			}
			if (words.length > 3) {
				return ctx.fail(words[3].start, words[words.length - 1].end, Code.ExtraTokens, `Too many arguments for '${ctx.label}'; chronyd rejects the line.${ctx.usage()}`);
			}
			warnIgnoredTail(ctx, words[2], words[2].start + port.end);
		}
		return other(base);
	},
	bindaddress: (ctx, base) => bindAddress(ctx, base, false),
	bindacqaddress: (ctx, base) => bindAddress(ctx, base, false),
	bindcmdaddress: (ctx, base) => bindAddress(ctx, base, true),
	leapsecmode: (ctx, base) => fixedWord(ctx, base, 'leapsecmode', 'a leap second mode'),
	authselectmode: (ctx, base) => fixedWord(ctx, base, 'authselectmode', 'an authentication selection mode'),
	open_commands: (ctx, base) => {
		for (const w of ctx.args()) {
			if (!wordListCheck(ctx, 'opencommands', w, false, 'a command that can be opened')) {
				return null;
			}
		}
		return other(base);
	},
	log: (ctx, base) => {
		const fields: Token[] = [];
		for (const w of ctx.args()) {
			if (!wordListCheck(ctx, 'log', w, true, 'a log name')) {
				return null;
			}
			fields.push(ctx.line.token(w.start, w.end));
		}
		return { ...base, kind: 'log', fields };
	},
	confdir: (ctx, base) => {
		const words = ctx.args();
		const max = limitsFor(ctx.release).maxConfDirs;
		if (words.length === 0) {
			return ctx.fail(0, ctx.line.norm.length, Code.MissingValue, `'${ctx.label}' needs at least one directory; chronyd rejects the line.`);
		}
		if (words.length > max) {
			return ctx.fail(words[max].start, words[words.length - 1].end, Code.ExtraTokens, `'${ctx.label}' takes at most ${max} directories; chronyd rejects the line.`);
		}
		return other(base);
	},
	sourcedir: (ctx, base) => {
		const words = ctx.args();
		if (words.length === 0) {
			ctx.warn(0, ctx.line.norm.length, Code.MissingValue, `'${ctx.label}' without a directory: chronyd accepts the line but never reads any source file from it.`);
		} else if (words.length > limitsFor(ctx.release).maxConfDirs) {
			ctx.warn(words[0].start, words[words.length - 1].end, Code.ExtraTokens,
				`chronyd accepts more than ${limitsFor(ctx.release).maxConfDirs} directories here but then reads none of them.`);
		}
		return other(base);
	},
	driftfile: (ctx, base) => {
		const path = ctx.line.word(ctx.argsAt);
		if (path.text === '') {
			return ctx.fail(0, ctx.line.norm.length, Code.MissingValue, `'${ctx.label}' needs a file name; chronyd rejects the line.${ctx.usage()}`);
		}
		const opt = ctx.line.word(path.next);
		if (opt.text === '') {
			return other(base);
		}
		if (asciiLower(opt.text) !== 'interval') {
			return ctx.fail(opt.start, opt.end, Code.UnknownOption, `'${opt.text}' is not an option of '${ctx.label}'; the only one is 'interval'. chronyd rejects the line.${ctx.usage()}`);
		}
		const val = ctx.line.word(opt.next);
		if (val.text === '') {
			return ctx.fail(opt.start, opt.end, Code.MissingValue, '\'interval\' needs a number of seconds; chronyd rejects the line.');
		}
		const r = scanInt(ctx.line.norm, opt.next);
		if (!r) {
			return ctx.fail(val.start, val.end, Code.BadValue, `'${val.text}' is not an integer; chronyd rejects the line.`);
		}
		if (val.next < ctx.line.norm.length) {
			const rest = ctx.line.word(val.next);
			return ctx.fail(rest.start, ctx.line.norm.length, Code.ExtraTokens, `Too many arguments for '${ctx.label}'; chronyd rejects the line.${ctx.usage()}`);
		}
		warnIgnoredTail(ctx, val, r.end);
		return other(base);
	},
	ntstrustedcerts: (ctx, base) => {
		const words = ctx.args();
		if (words.length === 2) {
			const r = scanUint32(words[0].text);
			if (!r) {
				return ctx.fail(words[0].start, words[0].end, Code.BadValue, `'${words[0].text}' is not a set ID (an unsigned integer); chronyd rejects the line.${ctx.usage()}`);
			}
			warnIgnoredTail(ctx, words[0], words[0].start + r.end);
			return other(base);
		}
		return ctx.argCount(1) ? other(base) : null;
	},
	initstepslew: (ctx, base) => {
		const words = ctx.args();
		if (words.length === 0) {
			return ctx.fail(0, ctx.line.norm.length, Code.MissingValue, `'${ctx.label}' needs a threshold; chronyd rejects the line.${ctx.usage()}`);
		}
		const r = ctx.double(words[0].text, 0, words[0].start);
		if (!r) {
			return ctx.fail(words[0].start, words[0].end, Code.BadValue, `'${words[0].text}' is not a number; the threshold of '${ctx.label}' must be one. chronyd rejects the line.`);
		}
		warnIgnoredTail(ctx, words[0], words[0].start + r.end);
		for (const w of words.slice(1)) {
			if (!ipFamily(w.text) && !HOSTNAME.test(w.text)) {
				ctx.warn(w.start, w.end, Code.BadValue, `'${w.text}' is not an address or a host name; chronyd warns and skips it.`);
			}
		}
		return other(base);
	},
	allow_deny: (ctx, base) => allowDeny(ctx, base),
	source: (ctx, base) => {
		const host = ctx.line.word(ctx.argsAt);
		if (host.text === '') {
			return ctx.fail(0, ctx.line.norm.length, Code.MissingValue, `'${ctx.label}' needs a host name or address; chronyd rejects the line.${ctx.usage()}`);
		}
		const options = optionLoop(ctx, host.next, 'source', `${ctx.label} option`);
		if (!options) {
			return null;
		}
		const type = asciiLower(ctx.label) as 'server' | 'pool' | 'peer';
		return { ...base, kind: 'source', type, host: ctx.line.token(host.start, host.end), options };
	},
	refclock: (ctx, base) => {
		const name = ctx.line.word(ctx.argsAt);
		if (name.text === '' || name.next >= ctx.line.norm.length) {
			return ctx.fail(0, ctx.line.norm.length, Code.MissingValue, `'${ctx.label}' needs a driver name and a driver parameter; chronyd rejects the line.${ctx.usage()}`);
		}
		const param = ctx.line.word(name.next);
		const options = optionLoop(ctx, param.next, 'refclock', 'refclock option');
		if (!options) {
			return null;
		}
		const parts = param.text.split(':');
		const driverOptions: ParsedDriverOption[] = [];
		let at = param.start + parts[0].length + 1;
		for (const p of parts.slice(1)) {
			const eq = p.indexOf('=');
			driverOptions.push({ name: eq < 0 ? p : p.slice(0, eq), value: eq < 0 ? undefined : p.slice(eq + 1), range: ctx.line.range(at, at + p.length) });
			at += p.length + 1;
		}
		checkDriver(ctx, name, driverOptions);
		return {
			...base, kind: 'refclock', driver: ctx.line.token(name.start, name.end), parameter: ctx.line.token(param.start, param.end),
			device: parts[0], driverOptions, options,
		};
	},
	hwtimestamp: (ctx, base) => {
		const iface = ctx.line.word(ctx.argsAt);
		if (iface.text === '') {
			return ctx.fail(0, ctx.line.norm.length, Code.MissingValue, `'${ctx.label}' needs an interface name (or *); chronyd rejects the line.${ctx.usage()}`);
		}
		const options = optionLoop(ctx, iface.next, 'hwtimestamp', 'hwtimestamp option');
		return options ? { ...base, kind: 'hwtimestamp', iface: ctx.line.token(iface.start, iface.end), options } : null;
	},
	local: (ctx, base) => {
		const options = optionLoop(ctx, ctx.argsAt, 'local', 'local option');
		return options ? { ...base, kind: 'local', options } : null;
	},
	ratelimit: (ctx, base) => {
		const line = ctx.line;
		const table = optionsFor('ratelimit', ctx.release);
		const out: ParsedOption[] = [];
		for (let i = ctx.argsAt; i < line.norm.length;) {
			const w = line.word(i);
			const o = table.get(asciiLower(w.text));
			// parse_ratelimit reads the value before it looks at the name; an unknown name is the clearer message.
			if (!o || (o.name === 'kod' && !base.directive.kod)) {
				return unknownKeyword(ctx, w, 'ratelimit', new Map([...table].filter(([k]) => k !== 'kod' || base.directive.kod)), `${ctx.label} option`);
			}
			const v = readValue(ctx, o, 'ratelimit', w, w.next);
			if (!v) {
				return null;
			}
			out.push(v.option);
			i = v.end;
		}
		return { ...base, kind: 'ratelimit', options: out };
	},
};

function bindAddress(ctx: LineCheck, base: ParsedBase, unixSocket: boolean): ParsedDirective | null {
	if (!ctx.argCount(1)) {
		return null;
	}
	const w = ctx.args()[0];
	if (unixSocket && w.text.startsWith('/')) {
		return other(base);
	}
	if (!ipFamily(w.text)) {
		return ctx.fail(w.start, w.end, Code.BadValue,
			`'${w.text}' is not an IPv4 or IPv6 address${unixSocket ? ' or a socket path starting with /' : ''}; chronyd rejects the line.`);
	}
	return other(base);
}

function fixedWord(ctx: LineCheck, base: ParsedBase, list: ChronyWordList, what: string): ParsedDirective | null {
	const words = ctx.args();
	if (words.length === 0) {
		return ctx.fail(0, ctx.line.norm.length, Code.MissingValue, `'${ctx.label}' needs ${what}: ${wordsFor(list, ctx.release).join(', ')}. chronyd rejects the line.`);
	}
	if (!wordListCheck(ctx, list, words[0], false, what)) {
		return null;
	}
	if (words.length > 1) {
		return ctx.fail(words[1].start, words[words.length - 1].end, Code.ExtraTokens, `Too many arguments for '${ctx.label}': it takes one word; chronyd rejects the line.`);
	}
	return other(base);
}

/** CPS_ParseAllowDeny. */
function allowDeny(ctx: LineCheck, base: ParsedBase): ParsedDirective | null {
	const line = ctx.line;
	const list = base.directive.list ?? 'ntp';
	const allow = base.directive.allow ?? true;
	const first = line.word(ctx.argsAt);
	const all = first.text === 'all';
	const net = all ? line.word(first.next) : first;
	if (net.next < line.norm.length) {
		const extra = line.word(net.next);
		return ctx.fail(extra.start, line.norm.length, Code.ExtraTokens,
			`Too many arguments for '${ctx.label}': it takes [all] and one address or subnet; chronyd rejects the line.${asciiLower(first.text) === 'all' && !all ? " ('all' must be lower case.)" : ''}`);
	}
	const result = (subnet: ParsedSubnet | null): ParsedAccess => ({ ...base, kind: 'access', list, allow, all, subnet });
	if (net.text === '') {
		return result(null);
	}
	const text = net.text;
	const slash = text.indexOf('/');
	let bits = -1;
	let addr = text;
	if (slash >= 0) {
		const r = scanInt(text, slash + 1);
		if (!r || r.end !== text.length || r.value < 0) {
			return ctx.fail(net.start + slash, net.end, Code.BadValue, `'${text.slice(slash)}' is not a prefix length (a non-negative integer); chronyd rejects the line.`);
		}
		bits = r.value;
		addr = text.slice(0, slash);
	}
	const token = line.token(net.start, net.end);
	const family = ipFamily(addr);
	if (family) {
		const max = family === 4 ? 32 : 128;
		if (bits > max) {
			ctx.warn(net.start + slash, net.end, Code.OutOfRange,
				`/${bits} is longer than an IPv${family} prefix can be (${max}); chronyd reads the file but exits with "Bad subnet" when it starts.`);
		}
		return result({ token, family, address: addr, bits: bits >= 0 ? bits : max });
	}
	// Shortened IPv4 networks: 1 to 3 numbers read by sscanf("%u%n.%u%n.%u%n").
	const nums: number[] = [];
	let len = 0;
	for (let at = 0; nums.length < 3;) {
		const r = scanUint32(addr, at);
		if (!r) {
			break;
		}
		nums.push(r.value);
		len = r.end;
		if (addr[r.end] !== '.') {
			break;
		}
		at = r.end + 1;
	}
	if (nums.length > 0 && len === addr.length) {
		if (nums.some((n) => n > 255)) {
			return ctx.fail(net.start, net.end, Code.BadValue, `'${addr}' is not a network: each number must be 0 to 255; chronyd rejects the line.`);
		}
		if (bits > 32) {
			ctx.warn(net.start + slash, net.end, Code.OutOfRange, `/${bits} is longer than an IPv4 prefix can be (32); chronyd reads the file but exits with "Bad subnet" when it starts.`);
		}
		return result({ token, family: 4, address: `${[...nums, 0, 0, 0].slice(0, 4).join('.')}`, bits: bits >= 0 ? bits : nums.length * 8 });
	}
	if (bits < 0) {
		// DNS_Name2IPAddress → getaddrinfo(), which first takes numeric forms: inet_aton's (hex, octal, 1–4 parts)
		// and IPv6 with a scope; chronyd drops addresses that carry a scope ID other than 0.
		const numeric = numericHost(addr);
		if (numeric) {
			return result({ token, family: numeric.family, address: numeric.address, bits: numeric.family === 4 ? 32 : 128 });
		}
		if (asciiLower(addr) === 'all') {
			return ctx.fail(net.start, net.end, Code.BadValue,
				`'${addr}' is not the keyword 'all' (chronyd compares it case-sensitively and only before the address); as a host name it does not resolve. chronyd rejects the line.`);
		}
		const labels = addr.replace(/\.$/, '').split('.');
		if (HOSTNAME.test(addr) && addr.length <= 253 && !/^[0-9]*$/.test(labels[labels.length - 1])) {
			// The name is looked up while the file is read, and a failed lookup is fatal: with no resolver at that
			// moment (boot before the network, `chronyd -p` in a sandbox) chronyd rejects the file. Treat it as such.
			return ctx.fail(net.start, net.end, Code.BadValue,
				`chronyd resolves '${addr}' while reading the file and rejects the line when the name cannot be resolved then (no DNS yet at boot, or offline); use an address or subnet.`);
		}
	}
	return ctx.fail(net.start, net.end, Code.BadValue,
		`'${text}' is not an address, a subnet (address/bits) or a host name; chronyd rejects the line.`);
}

/** getaddrinfo()'s numeric host forms that chronyd keeps: inet_aton's IPv4 forms, IPv6 without a non-zero scope. */
function numericHost(s: string): { family: 4 | 6; address: string } | null {
	if (isInetAton(s) && !/\s/.test(s)) {
		const parts = s.split('.').map((p) => (/^0[xX]/.test(p) ? (p.length === 2 ? 0 : parseInt(p.slice(2), 16)) : /^0/.test(p) ? parseInt(p, 8) : Number(p)));
		const bytes: number[] = [];
		for (const p of parts.slice(0, -1)) {
			bytes.push(p);
		}
		let last = parts[parts.length - 1];
		const tail: number[] = [];
		for (let k = bytes.length; k < 4; k++) {
			tail.unshift(last % 256);
			last = Math.floor(last / 256);
		}
		return { family: 4, address: [...bytes, ...tail].join('.') };
	}
	const pct = s.indexOf('%');
	const base = pct < 0 ? s : s.slice(0, pct);
	if (isIpv6(base) && (pct < 0 || /^[0-9]+$/.test(s.slice(pct + 1)) && Number(s.slice(pct + 1)) === 0)) {
		return { family: 6, address: base };
	}
	return null;
}

/** Driver name and options: chronyd checks them only when it starts the driver, not when it reads the file. */
function checkDriver(ctx: LineCheck, name: Word, options: ParsedDriverOption[]): void {
	const drivers = driversFor(ctx.release);
	const known: readonly ChronyDriverOption[] | undefined = drivers.get(name.text);
	if (!known) {
		const releases = releasesKnowingDriver(name.text);
		if (releases.length) {
			ctx.warn(name.start, name.end, Code.VersionAbsent,
				`chrony ${ctx.release} has no ${name.text} refclock driver (${describeAvailability(releases, ctx.release)}); chronyd reads the file but exits when it starts.`);
			return;
		}
		const upper = [...drivers.keys()].find((d) => d === name.text.toUpperCase());
		ctx.warn(name.start, name.end, Code.UnknownOption,
			`Unknown refclock driver '${name.text}'${upper ? ` (driver names are case-sensitive: '${upper}')` : `; chrony ${ctx.release} has ${[...drivers.keys()].join(', ')}`}. chronyd reads the file but exits when it starts.`);
		return;
	}
	for (const o of options) {
		if (!known.some((k) => k.name === o.name)) {
			ctx.warnings.push(diag(o.range, DiagnosticSeverity.Warning, Code.UnknownOption,
				`'${o.name}' is not an option of the ${name.text} driver${known.length ? ` (it takes ${known.map((k) => k.name).join(', ')})` : ' (it takes none)'}; chronyd reads the file but exits when it starts the driver.`));
		}
	}
}

/** Runs the parse-level check. */
export function parseChrony(doc: ConfigDocument, opts: ChronyCheckOptions): ChronyParse {
	const out: Diagnostic[] = [];
	const directives: ParsedDirective[] = [];
	const table = directivesFor(opts.release);
	const limits = limitsFor(opts.release);
	const entries = new Map(doc.entries.map((e) => [e.line, e]));
	const finalNewline = opts.finalNewline ?? doc.finalNewline ?? true;
	const strict = opts.strictScanf ?? chronyReleaseIndex(opts.release) >= chronyReleaseIndex(CHRONY_STRICT_SCANF_FROM);
	const memoKey = `${opts.release}|${String(opts.sources)}|${String(strict)}`;
	for (let i = 0; i < doc.lines.length; i++) {
		const rawFull = doc.lines[i];
		const last = i === doc.lines.length - 1;
		const range = { start: { line: i, character: 0 }, end: { line: i, character: rawFull.length } };
		const contentBytes = Buffer.byteLength(rawFull, 'utf8');
		const nul = rawFull.indexOf('\u0000');
		const raw = nul >= 0 ? rawFull.slice(0, nul) : rawFull;
		const first = raw.search(/[^ \t\n\v\f\r]/);
		const content = first >= 0 && !limits.commentChars.includes(raw[first]);
		if (opts.sources) {
			// load_source_file() stops at the first line fgets() cannot read whole, or that holds a NUL byte.
			if (contentBytes >= limits.maxLineLength || nul >= 0) {
				out.push(diag(range, DiagnosticSeverity.Warning, nul >= 0 ? Code.BadValue : Code.ExtraTokens,
					`${nul >= 0 ? 'This line holds a NUL byte' : `This line is ${contentBytes} bytes, more than chronyd reads at once (${limits.maxLineLength - 1})`}; chronyd stops reading a .sources file here, so it and every later line are ignored.`));
				break;
			}
			if (last && !finalNewline && content) {
				out.push(diag(range, DiagnosticSeverity.Warning, Code.NotInSection,
					'chronyd ignores the last line of a .sources file when it does not end with a newline. Add one.'));
				break;
			}
		} else {
			const bytes = contentBytes + (last && !finalNewline ? 0 : 1);
			if (bytes >= limits.maxLineLength) {
				out.push(diag(range, DiagnosticSeverity.Error, Code.ExtraTokens,
					`This line is ${bytes} bytes with its newline; chronyd rejects lines of ${limits.maxLineLength} bytes or more ("String too long").`));
				continue;
			}
		}
		if (!content) {
			continue;
		}
		const entry = entries.get(i);
		if (!entry) {
			continue;
		}
		// A line's verdict depends only on its text and the options: reuse it across edits elsewhere.
		let memo = LINE_MEMO.get(entry);
		if (!memo || memo.key !== memoKey || memo.raw !== raw) {
			const diags: Diagnostic[] = [];
			const got: ParsedDirective[] = [];
			checkLine(new CLine(i, raw), entry, table, opts.release, opts.sources, strict, diags, got);
			memo = { key: memoKey, raw, diags, parsed: got[0] };
			LINE_MEMO.set(entry, memo);
		}
		out.push(...memo.diags);
		if (memo.parsed) {
			directives.push(memo.parsed);
		}
	}
	return { diagnostics: out, directives };
}

const LINE_MEMO = new WeakMap<Entry, { key: string; raw: string; diags: Diagnostic[]; parsed?: ParsedDirective }>();

function checkLine(line: CLine, entry: Entry, table: Map<string, ResolvedDirective>, release: ChronyRelease, sources: boolean, strict: boolean,
	out: Diagnostic[], directives: ParsedDirective[]): void {
	const w = line.word(0);
	const name = asciiLower(w.text);
	if (sources && !CHRONY_SOURCE_DIRECTIVES.includes(name)) {
		out.push(diag(line.range(w.start, w.end), DiagnosticSeverity.Warning, Code.NotInSection,
			`chronyd ignores '${w.text}' in a .sources file: only ${CHRONY_SOURCE_DIRECTIVES.join(', ')} lines are read there.${table.has(name) ? ' Put it in chrony.conf.' : ''}`,
			undefined, [DiagnosticTag.Unnecessary]));
		return;
	}
	const d = table.get(name);
	if (!d) {
		if (w.text.startsWith('\uFEFF')) {
			out.push(diag(line.range(w.start, w.end), DiagnosticSeverity.Error, Code.UnknownOption,
				'The file starts with a UTF-8 byte order mark: chronyd reads it as part of the first directive name and rejects the file. Save the file without BOM.',
				[{ title: 'Remove the byte order mark', range: line.range(w.start, w.start + 1), newText: '', preferred: true }]));
			return;
		}
		out.push(unknownDirective(line, w, table, release));
		return;
	}
	const handler = HANDLERS[d.parser];
	const ctx = new LineCheck(line, release, d, w.next, w.text, strict);
	if (d.aliasOf) {
		ctx.warnings.push(diag(line.range(w.start, w.end), DiagnosticSeverity.Hint, Code.OldName, `'${w.text}' is the old name of '${d.aliasOf}'; chronyd accepts both.`,
			[{ title: `Rename to '${d.aliasOf}'`, range: line.range(w.start, w.end), newText: d.aliasOf, preferred: true }], [DiagnosticTag.Deprecated]));
	}
	const args = line.words(w.next).map((x) => line.token(x.start, x.end));
	const parsed = handler(ctx, { entry, name, directive: d, args });
	if (ctx.error) {
		if (sources) {
			// The sourcedir loader drops a bad line without a word (chronyd -p on the same line as chrony.conf rejects it).
			ctx.error.message = ctx.error.message.replace(/chronyd rejects the line\./, 'chronyd silently skips this source.');
		}
		out.push(ctx.error);
		return;
	}
	out.push(...ctx.warnings);
	if (parsed) {
		directives.push(parsed);
	}
}

function unknownDirective(line: CLine, w: Word, table: Map<string, ResolvedDirective>, release: ChronyRelease): Diagnostic {
	const range = line.range(w.start, w.end);
	const hist = directiveHistory(w.text);
	if (hist) {
		const known = releasesOf(hist.variants);
		return diag(range, DiagnosticSeverity.Error, Code.VersionAbsent,
			`Directive '${w.text}' does not exist in chrony ${release} (${describeAvailability(known, release)}); chronyd rejects the line.`);
	}
	const candidates = suggest(w.text, table.keys());
	const fixes = candidates.map((c, i): Fix => ({ title: `Change to '${c}'`, range, newText: c, preferred: i === 0 && candidates.length === 1 }));
	return diag(range, DiagnosticSeverity.Error, Code.UnknownOption,
		`Unknown directive '${w.text}'${candidates.length ? `. Did you mean '${candidates[0]}'?` : '.'} chronyd rejects the line.`, fixes);
}

/** Diagnostics of a chrony.conf or `.sources` file (errors = what `chronyd -p` rejects). */
export function checkChrony(doc: ConfigDocument, opts: ChronyCheckOptions): Diagnostic[] {
	return parseChrony(doc, opts).diagnostics;
}
