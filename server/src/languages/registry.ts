/**
 * languageId → language service. Other editors' ids for the same files map to ours.
 */
import type { LanguageService } from './spec';
import { linuxptpService } from './linuxptp/service';
import { chronyService } from './chrony/service';

const SERVICES = new Map<string, LanguageService>([
	['linuxptp', linuxptpService],
	// Ids other extensions or editors use for the same files.
	['ptp4l', linuxptpService],
	['chrony', chronyService],
	['chrony-conf', chronyService],
]);

/** The service for a language id, if we serve it. */
export function serviceFor(languageId: string): LanguageService | undefined {
	return SERVICES.get(languageId);
}

/** Every language id we serve. */
export function servedLanguageIds(): string[] {
	return [...SERVICES.keys()];
}

/** Guesses a language id from a file path (CLI and editors that send plaintext). */
export function languageForPath(path: string, firstLine = ''): string | undefined {
	const base = path.split(/[\\/]/).pop()?.toLowerCase() ?? '';
	if (/(^|[-_.])(ptp4l|ts2phc|phc2sys|timemaster|linuxptp)([-_.]|$)|ptp4l|\.ptp4l$/.test(base) || /\/etc\/linuxptp\//.test(path)
		|| /^(default|gptp|g\.8275\.[12]|e2e-tc|p2p-tc|automotive-(master|slave)|snmpd|unicast-(master|slave)|ucast|ts2phc-[\w-]+|configs)\.cfg$/i.test(base)) {
		return 'linuxptp';
	}
	if (/^chrony.*\.conf$|\.sources$/.test(base) || /\/chrony\/(conf\.d\/|chrony\.d\/|sources\.d\/)?[^/]+\.(conf|sources)$/.test(path)) {
		return 'chrony';
	}
	if (base.endsWith('.cfg') && /^\s*\[global\]\s*$/i.test(firstLine)) {
		return 'linuxptp';
	}
	if (/^\s*\[global\]\s*$/i.test(firstLine)) {
		return 'linuxptp';
	}
	return undefined;
}
