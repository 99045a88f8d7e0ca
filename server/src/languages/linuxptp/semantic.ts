/**
 * Checks the daemons make right after parsing (ptp4l.c main(), clock_create()), before touching hardware.
 * A file that fails one of these is rejected by the daemon, so these are errors.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../../parser/ast';
import { Code } from '../../features/codes';
import { diag, type LinuxptpParse, type ParsedSetting } from './validate';
import { optionsFor, type LinuxptpRelease } from './options';
import type { LinuxptpKind } from './kind';

/** Number of UTF-8 characters (PTPText counts symbols). */
function symbols(s: string): number {
	return [...s].length;
}

/** Checks of ptp4l after parsing, in the daemon's order. */
export function semanticChecks(doc: ConfigDocument, parsed: LinuxptpParse, release: LinuxptpRelease, kind: LinuxptpKind): Diagnostic[] {
	if (kind !== 'ptp4l') {
		return [];
	}
	const out: Diagnostic[] = [];
	const g = new Map<string, ParsedSetting>();
	for (const s of parsed.settings) {
		if (s.port === null) {
			g.set(s.option.name, s);
		}
	}
	const value = (name: string): string | number | null => g.get(name)?.value ?? optionsFor(release).get(name)?.default ?? null;
	const at = (name: string) => g.get(name)?.entry.range ?? doc.sections[0]?.header.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

	const clockType = String(value('clock_type')).toUpperCase();
	const dm = String(value('delay_mechanism')).toUpperCase();
	if (clockType === 'P2P_TC' && dm !== 'P2P') {
		out.push(diag(at('clock_type'), DiagnosticSeverity.Error, Code.Conflict, 'clock_type P2P_TC needs delay_mechanism P2P in [global]; ptp4l refuses to start otherwise.'));
	}
	if (clockType === 'E2E_TC' && dm !== 'E2E') {
		out.push(diag(at('clock_type'), DiagnosticSeverity.Error, Code.Conflict, 'clock_type E2E_TC needs delay_mechanism E2E in [global]; ptp4l refuses to start otherwise.'));
	}
	const text = (name: string, semis: number | null, max: number): void => {
		const v = String(value(name) ?? '');
		if ((semis !== null && (v.match(/;/g) ?? []).length !== semis) || symbols(v) > max) {
			out.push(diag(at(name), DiagnosticSeverity.Error, Code.BadValue,
				semis !== null ? `${name} must be three fields separated by two ';' (manufacturer;model;version), at most ${max} characters.`
					: `${name} is longer than ${max} characters.`));
		}
	};
	text('productDescription', 2, 64);
	text('revisionData', 2, 32);
	text('userDescription', null, 128);
	const oui = String(value('manufacturerIdentity') ?? '');
	if (!/^(\s*[-+]?(0[xX])?[0-9a-fA-F]+:){2}\s*[-+]?(0[xX])?[0-9a-fA-F]+/.test(oui)) {
		out.push(diag(at('manufacturerIdentity'), DiagnosticSeverity.Error, Code.BadValue, 'manufacturerIdentity must be an OUI written as three hex bytes, e.g. 00:1B:19.'));
	}
	const clientOnly = Number(value(release === '3.1' ? 'slaveOnly' : 'clientOnly')) === 1;
	if (clientOnly && Number(value('gmCapable')) === 0) {
		out.push(diag(at('gmCapable'), DiagnosticSeverity.Error, Code.Conflict, 'gmCapable 0 (802.1AS) cannot be combined with clientOnly 1 (1588); ptp4l refuses this mix.'));
	}
	const ts = String(value('time_stamping')).toLowerCase();
	if (Number(value('twoStepFlag')) === 0 && (ts === 'software' || ts === 'legacy')) {
		out.push(diag(at('twoStepFlag'), DiagnosticSeverity.Error, Code.Conflict, `twoStepFlag 0 (one-step) needs hardware timestamping, but time_stamping is ${ts}; ptp4l refuses this.`));
	}
	return out;
}
