/**
 * Expert warnings: settings linuxptp accepts that a time engineer would still question. Each message says why.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../../parser/ast';
import { Code } from '../../features/codes';
import type { Fix } from '../../features/diagnosticData';
import { diag, type LinuxptpParse, type ParsedSetting } from './validate';
import { optionsFor, type LinuxptpRelease } from './options';
import type { LinuxptpKind } from './kind';
import { GPTP, G8275_1, G8275_2, type Profile } from './profiles';

/** Last global value of each option (after renames). */
function globals(parsed: LinuxptpParse): Map<string, ParsedSetting> {
	const m = new Map<string, ParsedSetting>();
	for (const s of parsed.settings) {
		if (s.port === null) {
			m.set(s.option.name, s);
		}
	}
	return m;
}

/** Last value of each option per port section. */
function perPort(parsed: LinuxptpParse): Map<string, Map<string, ParsedSetting>> {
	const m = new Map<string, Map<string, ParsedSetting>>();
	for (const s of parsed.settings) {
		if (s.port !== null) {
			let p = m.get(s.port);
			if (!p) {
				p = new Map();
				m.set(s.port, p);
			}
			p.set(s.option.name, s);
		}
	}
	return m;
}

/** Effective value of an option for the clock or a port (port overrides global, else the default). */
type PortValues = Map<string, Map<string, ParsedSetting>>;

function effective(ports: PortValues | null, g: Map<string, ParsedSetting>, name: string, release: LinuxptpRelease, port: string | null = null): string | number | null {
	const p = port !== null ? ports?.get(port)?.get(name) : undefined;
	if (p) {
		return p.value;
	}
	const s = g.get(name);
	return s ? s.value : optionsFor(release).get(name)?.default ?? null;
}

function expert(range: Range, message: string, fixes?: Fix[], severity: DiagnosticSeverity = DiagnosticSeverity.Warning): Diagnostic {
	return diag(range, severity, Code.Expert, message, fixes);
}

function checkProfile(profile: Profile, g: Map<string, ParsedSetting>, release: LinuxptpRelease, anchor: Range, out: Diagnostic[]): void {
	for (const rule of profile.rules) {
		if (!optionsFor(release).has(rule.option)) {
			continue;
		}
		const v = effective(null, g, rule.option, release);
		if (v !== null && rule.accepts(v)) {
			continue;
		}
		const set = g.get(rule.option);
		out.push(expert(set?.entry.value?.range ?? anchor,
			`${profile.name}: '${rule.option}' is ${v === null ? 'not set' : `${v}`}, the profile wants ${rule.want} (${rule.why}).`,
			set?.entry.value ? [{ title: `Set ${rule.option} to ${rule.want}`, range: set.entry.value.range, newText: rule.want }] : undefined));
	}
}

/** Computes the expert warnings. */
export function expertChecks(doc: ConfigDocument, parsed: LinuxptpParse, release: LinuxptpRelease, kind: LinuxptpKind): Diagnostic[] {
	const out: Diagnostic[] = [];
	const g = globals(parsed);
	const ports = perPort(parsed);
	const on = (name: string): boolean => Number(effective(null, g, name, release)) === 1;
	const where = (name: string): Range | undefined => g.get(name)?.entry.range ?? parsed.settings.find((s) => s.option.name === name)?.entry.range;
	const first = doc.sections[0]?.header.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

	// Programs: an option the file's program never reads is silently ignored.
	for (const s of parsed.settings) {
		const programs = s.option.doc?.programs;
		if (kind !== 'timemaster' && programs && programs.length > 0 && !programs.includes(kind)) {
			out.push(diag(s.entry.key.range, DiagnosticSeverity.Information, Code.OtherProgram,
				`'${s.option.name}' is read by ${programs.join('/')}, not by ${kind}; ${kind} accepts it but ignores it.`));
		}
	}
	if (kind !== 'ptp4l') {
		return out;
	}

	const serverSet = parsed.settings.filter((s) => s.option.name === 'serverOnly' && Number(s.value) === 1);
	const client = g.get('clientOnly');
	if (serverSet.length > 0 && client && Number(client.value) === 1) {
		out.push(expert(client.entry.range, `Both ${client.entry.key.text} and ${serverSet[0].entry.key.text} are set: a client-only clock never serves time, so the server-only setting cannot take effect.`));
	}
	const clockClass = g.get('clockClass');
	if (clockClass && client && Number(client.value) === 1 && Number(clockClass.value) !== 255) {
		out.push(expert(clockClass.entry.range, `clockClass ${clockClass.value} is ignored: with ${client.entry.key.text} 1 ptp4l announces clockClass 255.`));
	} else if (clockClass && Number(clockClass.value) < 128 && !on('gmCapable')) {
		out.push(expert(clockClass.entry.range, `clockClass ${clockClass.value} is ignored: with gmCapable 0 ptp4l announces clockClass 255.`));
	}
	if (clockClass && Number(clockClass.value) <= 7 && effective(null, g, 'time_stamping', release) === 'software') {
		out.push(expert(clockClass.entry.range, `clockClass ${clockClass.value} advertises a primary reference, but software timestamping limits accuracy to microseconds.`, undefined, DiagnosticSeverity.Information));
	}
	const p1 = g.get('priority1');
	if (p1 && Number(p1.value) === 255 && serverSet.length > 0) {
		out.push(expert(p1.entry.range, 'priority1 255 marks the clock as never-grandmaster in the BMCA, yet serverOnly asks it to serve time.'));
	}
	if (on('free_running')) {
		const r = where('free_running');
		if (r) {
			out.push(expert(r, 'free_running 1: ptp4l never adjusts the clock, it only measures the offset. Fine for tests, not for a synchronised client.'));
		}
	}
	const twoStep = g.get('twoStepFlag');
	const ts = String(effective(null, g, 'time_stamping', release)).toLowerCase();
	if (twoStep && Number(twoStep.value) === 0 && ts === 'hardware') {
		out.push(expert(twoStep.entry.range, 'twoStepFlag 0 switches ptp4l to one-step hardware timestamping: the NIC must insert Sync timestamps on the fly; most NICs cannot.', undefined, DiagnosticSeverity.Information));
	}
	// Delay mechanisms must match across the ports of one clock's domain neighbours; mixing them usually is a mistake.
	const mechs = new Map<string, string>();
	for (const port of parsed.ports) {
		mechs.set(port, String(effective(ports, g, 'delay_mechanism', release, port)).toUpperCase());
	}
	const distinct = new Set([...mechs.values()].filter((m) => m !== 'AUTO' && m !== 'NONE'));
	const clockType = String(effective(null, g, 'clock_type', release)).toUpperCase();
	if (distinct.size > 1 && clockType !== 'BC') {
		const lines = parsed.settings.filter((s) => s.option.name === 'delay_mechanism');
		out.push(expert(lines[0]?.entry.range ?? first, `Ports use different delay mechanisms (${[...mechs.entries()].map(([p, m]) => `${p}: ${m}`).join(', ')}); E2E and P2P nodes cannot measure delay with each other.`));
	}
	const dsc = g.get('dataset_comparison');
	if (dsc && String(dsc.value).toLowerCase() === 'g.8275.x') {
		const transport = String(effective(null, g, 'network_transport', release)).toUpperCase();
		checkProfile(transport === 'L2' ? G8275_1 : G8275_2, g, release, dsc.entry.range, out);
	}
	const tsSpec = g.get('transportSpecific');
	if (tsSpec && Number(tsSpec.value) === 1) {
		checkProfile(GPTP, g, release, tsSpec.entry.range, out);
	}
	const domain = g.get('domainNumber');
	if (domain && Number(domain.value) >= 128 && Number(domain.value) <= 239) {
		out.push(expert(domain.entry.range, `domainNumber ${domain.value} is in the range IEEE 1588 reserves (128–239); use 0–127.`));
	}
	return out;
}
