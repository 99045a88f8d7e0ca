/**
 * Checks timemaster.conf the way timemaster's config_parse() does (reporting every problem, not only the first).
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { lineRange, type ConfigDocument, type Section } from '../../parser/ast';
import { Code } from '../../features/codes';
import { parseCDouble, parseCInt } from '../../values/cNumbers';
import { suggest } from '../../values/suggest';
import { diag } from './validate';
import { releaseIndex, type LinuxptpRelease } from './options';
import { TIMEMASTER_SECTIONS, timemasterSection, type TimemasterSetting } from './timemasterTable';

/** Section name and parameter as timemaster splits them: text after `[` up to `]`, first word, rest. */
export function timemasterHeader(s: Section): { name: string; parameter: string } {
	const body = s.header.text.slice(1);
	const close = body.indexOf(']');
	const inner = close < 0 ? body : body.slice(0, close);
	const m = /^([^ \t\n\v\f\r]*)[ \t\n\v\f\r]*(.*)$/.exec(inner);
	return { name: m?.[1] ?? '', parameter: m?.[2] ?? '' };
}

function valueOk(st: TimemasterSetting, value: string): boolean {
	switch (st.value) {
		case 'int':
			return parseCInt(value, -2147483648, 2147483647).ok;
		case 'bool':
			return parseCInt(value, 0, 1).ok;
		case 'double':
			return parseCDouble(value, -2147483648, 2147483647).ok;
		case 'enum':
			return (st.values ?? []).some((v) => v === value.toLowerCase());
		default:
			return true;
	}
}

function typeText(st: TimemasterSetting): string {
	switch (st.value) {
		case 'int':
			return 'an integer';
		case 'bool':
			return '0 or 1';
		case 'double':
			return 'a number';
		case 'enum':
			return `one of ${(st.values ?? []).join(', ')}`;
		default:
			return 'text';
	}
}

/** Checks a timemaster.conf. */
export function checkTimemaster(doc: ConfigDocument, release: LinuxptpRelease): Diagnostic[] {
	const out: Diagnostic[] = [];
	// timemaster reads lines with fgets() into 4096 bytes: the rest of a longer line is read as a line of its own.
	doc.lines.forEach((line, i) => {
		const bytes = line.length < 1365 ? null : Buffer.from(line, 'utf8');
		if (!bytes || bytes.length < 4096) {
			return;
		}
		const tail = bytes.subarray(4095).toString('utf8');
		if (tail.trim() !== '' && !tail.trimStart().startsWith('#')) {
			out.push(diag(lineRange(i, 0, line.length), DiagnosticSeverity.Error, Code.ExtraTokens,
				`This line is ${bytes.length} bytes; timemaster reads at most 4095 at a time and parses the rest ('${tail.slice(0, 20)}…') as a line of its own.`));
		}
	});
	for (const e of doc.entries) {
		if (!e.section) {
			out.push(diag(e.range, DiagnosticSeverity.Error, Code.NotInSection, `'${e.key.text}' is outside any section; timemaster rejects settings before the first [section].`));
		}
	}
	for (const s of doc.sections) {
		const { name, parameter } = timemasterHeader(s);
		const kind = timemasterSection(name);
		if (!kind) {
			const cands = suggest(name, TIMEMASTER_SECTIONS.map((k) => k.name));
			out.push(diag(s.header.range, DiagnosticSeverity.Error, Code.UnknownSection,
				name === '' ? 'Section name is empty (timemaster takes the name right after \'[\', with no blank).'
					: `Unknown timemaster section [${name}]${cands.length ? `. Did you mean [${cands[0]}]?` : '.'}`,
				cands.length ? [{ title: `Change to [${cands[0]}]`, range: s.header.range, newText: s.header.text.replace(name, cands[0]) }] : undefined));
			continue;
		}
		if (kind.parameter === 'address' && parameter === '') {
			out.push(diag(s.header.range, DiagnosticSeverity.Error, Code.MissingValue, '[ntp_server] needs the server address: [ntp_server ADDRESS].'));
		}
		if (kind.parameter === 'int' && !parseCInt(parameter, -2147483648, 2147483647).ok) {
			out.push(diag(s.inner.range, DiagnosticSeverity.Error, Code.BadValue, `'${parameter}' is not a PTP domain number: [ptp_domain N].`));
		}
		if (kind.settings === 'raw') {
			continue;
		}
		let interfaces = false;
		for (const e of s.entries) {
			const st = kind.settings.find((x) => x.name === e.key.text.toLowerCase());
			if (!st || (st.since && releaseIndex(release) < releaseIndex(st.since))) {
				const cands = suggest(e.key.text, kind.settings.map((x) => x.name));
				out.push(diag(e.key.range, DiagnosticSeverity.Error, st ? Code.VersionAbsent : Code.UnknownOption,
					st ? `'${st.name}' is not known to timemaster ${release} (added in ${st.since}).`
						: `Unknown [${kind.name}] setting '${e.key.text}'${cands.length ? `. Did you mean '${cands[0]}'?` : '.'}`,
					cands.map((c) => ({ title: `Change to '${c}'`, range: e.key.range, newText: c }))));
				continue;
			}
			const value = e.value?.text ?? '';
			if (!valueOk(st, value)) {
				out.push(diag(e.value?.range ?? e.key.range, DiagnosticSeverity.Error, value === '' ? Code.MissingValue : st.value === 'enum' ? Code.BadEnum : Code.BadValue,
					value === '' ? `'${st.name}' needs a value (${typeText(st)}).` : `'${value}' is not valid for '${st.name}': it takes ${typeText(st)}.`));
			}
			if (st.name === 'interfaces' && value !== '') {
				interfaces = true;
			}
		}
		if (kind.name === 'ptp_domain' && !interfaces) {
			out.push(diag(s.header.range, DiagnosticSeverity.Error, Code.MissingValue, `[ptp_domain ${parameter}] has no 'interfaces' setting; timemaster needs at least one interface per domain.`,
				[{ title: 'Add an interfaces line', range: { start: { line: s.line + 1, character: 0 }, end: { line: s.line + 1, character: 0 } }, newText: 'interfaces eth0\n' }]));
		}
	}
	return out;
}
