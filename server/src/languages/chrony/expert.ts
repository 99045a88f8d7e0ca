/**
 * Expert warnings for chrony: configurations chronyd -p accepts that a time engineer would still question.
 * Each message says why.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../../parser/ast';
import { Code } from '../../features/codes';
import type { Fix } from '../../features/diagnosticData';
import { diag, type ChronyParse, type ParsedOption, type ParsedRefclock, type ParsedSource } from './validate';
import { chronyReleaseIndex, type ChronyRelease } from './options';

function opt(options: ParsedOption[], name: string): ParsedOption | undefined {
	return [...options].reverse().find((o) => o.name === name);
}

function warn(range: Range, message: string, fixes?: Fix[], severity: DiagnosticSeverity = DiagnosticSeverity.Warning): Diagnostic {
	return diag(range, severity, Code.Expert, message, fixes);
}

/** Computes chrony expert warnings from the parsed directives. */
export function chronyExpert(doc: ConfigDocument, parsed: ChronyParse, release: ChronyRelease, sourcesFile: boolean): Diagnostic[] {
	const out: Diagnostic[] = [];
	const dirs = parsed.directives;
	// Written at all, even on a line with an error: that line gets its own diagnostic, not a second "missing" one.
	const has = (name: string): boolean => doc.entries.some((e) => e.key.text.toLowerCase() === name);
	const sources = dirs.filter((d): d is ParsedSource => d.kind === 'source');
	const refclocks = dirs.filter((d): d is ParsedRefclock => d.kind === 'refclock');
	const leapTable = has('leapsectz') || (chronyReleaseIndex(release) >= chronyReleaseIndex('4.6') && has('leapseclist'));

	for (const r of refclocks) {
		const tai = opt(r.options, 'tai');
		if (tai && !leapTable && !sourcesFile) {
			out.push(warn(tai.keyword.range, `refclock option 'tai' needs the TAI-UTC offset from ${chronyReleaseIndex(release) >= chronyReleaseIndex('4.6') ? "'leapsectz' or 'leapseclist'" : "'leapsectz'"}; without it chronyd refuses to start.`,
				[{ title: 'Add leapsectz right/UTC', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'leapsectz right/UTC\n', preferred: true }]));
		}
		const poll = opt(r.options, 'poll');
		const dpoll = opt(r.options, 'dpoll');
		const pollValue = poll?.number ?? 4;
		if (dpoll?.number !== undefined && dpoll.number > pollValue) {
			out.push(warn(dpoll.keyword.range, `dpoll ${dpoll.number} is longer than poll ${pollValue}: the driver would be read less often than samples are used, so each poll sees at most one reading.`));
		}
	}
	const refids = new Map<string, ParsedRefclock>();
	for (const r of refclocks) {
		const id = (opt(r.options, 'refid')?.text ?? '').toUpperCase();
		if (!id) {
			continue;
		}
		const first = refids.get(id);
		if (first) {
			out.push(warn(opt(r.options, 'refid')!.keyword.range, `Two refclocks use refid ${id} (also line ${first.entry.line + 1}); 'lock' and the logs can no longer tell them apart.`));
		} else {
			refids.set(id, r);
		}
	}
	for (const s of sources) {
		const min = opt(s.options, 'minpoll');
		const max = opt(s.options, 'maxpoll');
		const minV = min?.number ?? 6;
		const maxV = max?.number ?? 10;
		if ((min || max) && minV > maxV) {
			out.push(warn((max ?? min)!.keyword.range, `minpoll ${minV} is above maxpoll ${maxV}; chronyd then polls at minpoll and the maxpoll setting has no effect.`));
		}
		const ext = s.options.find((o) => o.name === 'extfield' && /^(0x)?f323$/i.test(o.value?.text ?? ''));
		if (ext && !opt(s.options, 'xleave')) {
			out.push(warn(ext.keyword.range, 'extfield F323 carries the root delay/dispersion corrections used with interleaved mode; without xleave the exchange cannot use the more accurate transmit timestamps.',
				[{ title: 'Add xleave', range: { start: ext.keyword.range.start, end: ext.keyword.range.start }, newText: 'xleave ', preferred: true }]));
		}
		if (s.type === 'peer' && opt(s.options, 'iburst')) {
			out.push(warn(opt(s.options, 'iburst')!.keyword.range, "iburst has no effect on 'peer' sources; it only speeds up client (server/pool) sources.", undefined, DiagnosticSeverity.Information));
		}
	}
	for (const a of dirs) {
		if (a.kind === 'access' && a.list === 'ntp' && a.allow && a.all && !a.subnet) {
			const range = a.entry.range;
			out.push(warn(range, "'allow all' opens the NTP server to every network; list the client subnets instead.",
				[{ title: 'Allow only private networks', range, newText: 'allow 10.0.0.0/8\nallow 172.16.0.0/12\nallow 192.168.0.0/16\nallow fc00::/7' }], DiagnosticSeverity.Information));
		}
	}
	if (!sourcesFile && (sources.length > 0 || refclocks.length > 0) && !has('makestep') && !has('initstepslew')) {
		const first = (sources[0] ?? refclocks[0]).entry.range;
		out.push(warn(first, 'No makestep: chronyd will only slew, so a clock that is seconds off at boot takes hours to converge. Add e.g. makestep 1 3.',
			[{ title: 'Add makestep 1 3', range: { start: { line: first.start.line, character: 0 }, end: { line: first.start.line, character: 0 } }, newText: 'makestep 1 3\n' }], DiagnosticSeverity.Information));
	}
	for (const h of dirs) {
		if (h.kind === 'hwtimestamp' && h.iface.text !== '*' && !dirs.some((d) => d !== h && d.args.some((w) => w.text === h.iface.text || w.text.startsWith(`${h.iface.text}:`)))) {
			out.push(warn(h.iface.range, `hwtimestamp names '${h.iface.text}', which no other line of this file mentions; check the interface name (a typo only shows up when chronyd starts).`, undefined, DiagnosticSeverity.Information));
		}
	}
	return out;
}
