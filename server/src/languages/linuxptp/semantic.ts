/**
 * Checks the daemons make after parsing, before or while opening ports (ptp4l.c main(), clock_create(),
 * port_open(), port_initialize(); ts2phc's source/sink setup). A file failing one of them is rejected, so these are
 * errors, but only where the daemon really gets that far: some steps stop early for reasons that depend on the host
 * (a PHC to open, an sa_file to read), and the checks behind them are then not made.
 */
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { ConfigDocument } from '../../parser/ast';
import { Code } from '../../features/codes';
import { isScanfMac } from '../../values/addresses';
import { diag, type LinuxptpParse, type ParsedSetting } from './validate';
import { optionsFor, releaseIndex, type LinuxptpRelease } from './options';
import type { LinuxptpKind } from './kind';

type Values = Map<string, ParsedSetting>;

/** Effective values: global settings, per-port overrides, defaults. */
class Effective {
	readonly global: Values = new Map();
	readonly ports = new Map<string, Values>();

	constructor(parsed: LinuxptpParse, private readonly release: LinuxptpRelease, private readonly fallback: Range) {
		for (const s of parsed.settings) {
			if (s.port === null) {
				this.global.set(s.option.name, s);
			} else {
				let m = this.ports.get(s.port);
				if (!m) {
					m = new Map();
					this.ports.set(s.port, m);
				}
				m.set(s.option.name, s);
			}
		}
	}

	/** Value of an option for a port (null = global / UDS port). */
	get(name: string, port: string | null = null): string | number | null {
		const s = (port !== null ? this.ports.get(port)?.get(name) : undefined) ?? this.global.get(name);
		return s ? s.value : optionsFor(this.release).get(name)?.default ?? null;
	}

	num(name: string, port: string | null = null): number {
		return Number(this.get(name, port));
	}

	text(name: string, port: string | null = null): string {
		return String(this.get(name, port) ?? '');
	}

	/** Where to point for an option: its line for this port, else its global line, else the first header. */
	at(name: string, port: string | null = null): Range {
		return ((port !== null ? this.ports.get(port)?.get(name) : undefined) ?? this.global.get(name))?.entry.range ?? this.fallback;
	}

	has(name: string): boolean {
		return optionsFor(this.release).has(name);
	}
}

function symbols(s: string): number {
	return [...s].length;
}

/**
 * clockIdentity as sscanf(" %02hhx%02hhx%02hhx.%02hhx%02hhx.%02hhx%02hhx%02hhx") reads it (all 8 fields).
 * `bareHexPrefix`: whether a field may be just `0x` (older glibc reads it as 0; the C library of linuxptp 4.4's
 * Debian build rejects it).
 */
export function isClockIdentity(s: string, bareHexPrefix: boolean): boolean {
	let i = 0;
	const blank = (c: string | undefined): boolean => c !== undefined && /[ \t\n\v\f\r]/.test(c);
	const hex = (c: string | undefined): boolean => c !== undefined && /[0-9a-fA-F]/.test(c);
	const field = (): boolean => {
		while (blank(s[i])) {
			i++;
		}
		let width = 2;
		if (s[i] === '+' || s[i] === '-') {
			i++;
			width--;
		}
		if (width === 2 && s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')) {
			i += 2;
			return bareHexPrefix;
		}
		let digits = 0;
		while (digits < width && hex(s[i])) {
			i++;
			digits++;
		}
		return digits > 0;
	};
	for (const sep of ['', '', '', '.', '', '.', '', '']) {
		if (sep !== '') {
			if (s[i] !== sep) {
				return false;
			}
			i++;
		}
		if (!field()) {
			return false;
		}
	}
	return true;
}

/** Checks of ptp4l/ts2phc after parsing, in the daemon's order. */
export function semanticChecks(doc: ConfigDocument, parsed: LinuxptpParse, release: LinuxptpRelease, kind: LinuxptpKind): Diagnostic[] {
	const fallback = doc.sections[0]?.header.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
	const v = new Effective(parsed, release, fallback);
	const out: Diagnostic[] = [];
	const err = (range: Range, message: string, code: Code = Code.Conflict): void => {
		out.push(diag(range, DiagnosticSeverity.Error, code, message));
	};
	const auth = releaseIndex(release) >= releaseIndex('4.3');
	// 4.3+: the security-association file is opened first; whether it exists depends on the host, and nothing
	// after that step can be predicted from the file alone.
	if (auth && v.text('sa_file') !== '' && v.get('sa_file') !== null) {
		return out;
	}
	if (kind === 'ts2phc') {
		ts2phcSources(doc, parsed, v, err);
		return out;
	}
	if (kind !== 'ptp4l') {
		return out;
	}
	const clockType = v.text('clock_type').toUpperCase();
	const dm = v.text('delay_mechanism').toUpperCase();
	if (clockType === 'P2P_TC' && dm !== 'P2P') {
		err(v.at('clock_type'), 'clock_type P2P_TC needs delay_mechanism P2P in [global]; ptp4l refuses to start otherwise.');
	}
	if (clockType === 'E2E_TC' && dm !== 'E2E') {
		err(v.at('clock_type'), 'clock_type E2E_TC needs delay_mechanism E2E in [global]; ptp4l refuses to start otherwise.');
	}
	const text = (name: string, fields: boolean, max: number): void => {
		const s = v.text(name);
		if ((fields && (s.match(/;/g) ?? []).length !== 2) || symbols(s) > max || Buffer.byteLength(s, 'utf8') > 255) {
			err(v.at(name), fields ? `${name} must be three fields separated by two ';' (manufacturer;model;version), at most ${max} characters; ptp4l rejects '${s}'.`
				: `${name} is longer than ${max} characters; ptp4l rejects it.`, Code.BadValue);
		}
	};
	text('productDescription', true, 64);
	text('revisionData', true, 32);
	text('userDescription', false, 128);
	if (!/^(\s*[-+]?(0[xX])?[0-9a-fA-F]+:){2}\s*[-+]?(0[xX])?[0-9a-fA-F]+/.test(v.text('manufacturerIdentity'))) {
		err(v.at('manufacturerIdentity'), 'manufacturerIdentity must be an OUI written as three hex bytes, e.g. 00:1B:19; ptp4l rejects it.', Code.BadValue);
	}
	const clientOnlyName = v.has('clientOnly') ? 'clientOnly' : 'slaveOnly';
	const clientOnly = v.num(clientOnlyName) === 1;
	if (clientOnly && v.num('gmCapable') === 0) {
		err(v.at('gmCapable'), `gmCapable 0 (802.1AS) cannot be combined with ${clientOnlyName} 1 (1588); ptp4l refuses this mix.`);
	}
	const ts = v.text('time_stamping').toLowerCase();
	const softwareLike = ts === 'software' || ts === 'legacy';
	if (v.num('twoStepFlag') === 0 && softwareLike) {
		err(v.at('twoStepFlag'), `twoStepFlag 0 (one-step) needs hardware timestamping, but time_stamping is ${ts}; ptp4l refuses this.`);
	}

	// Next ptp4l needs a PHC unless the clock runs free or uses software stamps: the remaining checks are only
	// made when that step needs no hardware.
	const freeRunning = v.num('free_running') === 1;
	const phcIndex = v.has('phc_index') && (v.num('phc_index') >= 0 || (parsed.ports.length >= 2 && v.num('phc_index', parsed.ports[0]) >= 0));
	if (!freeRunning && !softwareLike && !phcIndex) {
		return out;
	}
	const cid = v.text('clockIdentity');
	if (cid === '000000.0000.000000') {
		// The default means "derive it from the first interface's MAC address": a host fact.
		return out;
	}
	if (!isClockIdentity(cid, releaseIndex(release) < releaseIndex('4.4'))) {
		err(v.at('clockIdentity'), `clockIdentity '${cid}' is not of the form 001122.3344.556677 (hex); ptp4l cannot set it.`, Code.BadValue);
		return out;
	}
	if (!freeRunning && !softwareLike) {
		return out;
	}
	if (softwareLike && !freeRunning && v.num('write_phase_mode') === 1) {
		return out;
	}
	const fei = v.num('freq_est_interval');
	if (fei >= 32) {
		err(v.at('freq_est_interval'), `freq_est_interval ${fei} is too long (2^${fei} s); ptp4l reports it as an error.`, Code.OutOfRange);
	}
	const si = v.num('summary_interval');
	const siEff = freeRunning && releaseIndex(release) >= releaseIndex('4.0') ? si - Math.min(Math.max(fei, 0), 31) : si;
	if (siEff >= 32) {
		err(v.at('summary_interval'), `summary_interval ${si} is too long; ptp4l reports it as an error.`, Code.OutOfRange);
	}
	portChecks(parsed, v, release, clockType, err);
	// Once the management port is up, ptp4l also limits the frequency-estimation interval relative to the
	// peer-delay rate (port_nrate_initialize): 2^(freq_est_interval - logMinPdelayReqInterval) must fit an int.
	const lmpri = v.num('logMinPdelayReqInterval');
	if (fei < 32 && fei - lmpri >= 32) {
		err(v.at('freq_est_interval'), `freq_est_interval ${fei} is too long for logMinPdelayReqInterval ${lmpri} (2^${fei - lmpri} Pdelay periods); ptp4l reports it as an error.`, Code.OutOfRange);
	}
	return out;
}

function portChecks(parsed: LinuxptpParse, v: Effective, release: LinuxptpRelease, clockType: string, err: (r: Range, m: string, c?: Code) => void): void {
	const auth = releaseIndex(release) >= releaseIndex('4.3');
	const old = releaseIndex(release) <= releaseIndex('4.0');
	// UDS management ports come first and read their options from [global].
	if (v.num('net_sync_monitor') === 1 && v.num('hybrid_e2e') === 0) {
		err(v.at('net_sync_monitor'), 'net_sync_monitor 1 needs hybrid_e2e 1; ptp4l reports it for every port.');
	}
	if (old && v.num('hybrid_e2e') === 1) {
		err(v.at('hybrid_e2e'), `hybrid_e2e 1 in [global] also applies to the management (UDS) port, which linuxptp ${release} rejects; set it per port.`);
	}
	if (auth) {
		authChecks(null, v, err);
	}
	if (v.num('inhibit_delay_req') === 1 && v.text('asCapable').toLowerCase() !== 'true') {
		err(v.at('inhibit_delay_req'), 'inhibit_delay_req 1 needs asCapable true; ptp4l puts the port in FAULTY state.');
	}
	// Interfaces: the file's port sections (ptp4l also gets -i interfaces that take the [global] values).
	const ports: (string | null)[] = [...parsed.ports];
	if (ports.length < 2) {
		ports.unshift(null);
	}
	const serverName = v.has('serverOnly') ? 'serverOnly' : 'masterOnly';
	const clientName = v.has('clientOnly') ? 'clientOnly' : 'slaveOnly';
	for (const p of ports) {
		const where = p === null ? 'the ports' : `port ${p}`;
		if (v.text('BMCA', p).toLowerCase() === 'noop' && v.num(serverName, p) !== 1 && v.num(clientName) !== 1) {
			err(v.at('BMCA', p), `BMCA noop on ${where} needs ${serverName} 1 or ${clientName} 1; ptp4l refuses otherwise.`);
		}
		const dm = v.text('delay_mechanism', p).toUpperCase();
		if (clockType === 'P2P_TC' && dm !== 'P2P') {
			err(v.at('delay_mechanism', p), `A P2P transparent clock needs delay_mechanism P2P on ${where}.`);
		}
		if (clockType === 'E2E_TC' && dm !== 'E2E') {
			err(v.at('delay_mechanism', p), `An E2E transparent clock needs delay_mechanism E2E on ${where}.`);
		}
		const unicast = v.num('unicast_master_table', p) !== 0 || v.num('unicast_listen', p) === 1;
		const hybrid = v.num('hybrid_e2e', p) === 1 || unicast;
		if (hybrid && dm !== 'E2E') {
			err(v.at(unicast ? 'delay_mechanism' : 'hybrid_e2e', p), `hybrid_e2e${unicast ? ' (implied by unicast)' : ''} only works with delay_mechanism E2E on ${where}.`);
		}
		if (v.num('net_sync_monitor', p) === 1 && !hybrid) {
			err(v.at('net_sync_monitor', p), `net_sync_monitor 1 needs hybrid_e2e 1 on ${where}.`);
		}
		if (auth && p !== null) {
			authChecks(p, v, err);
		}
		if (v.num('inhibit_delay_req', p) === 1 && v.text('asCapable', p).toLowerCase() !== 'true') {
			err(v.at('inhibit_delay_req', p), `inhibit_delay_req 1 needs asCapable true on ${where}; ptp4l puts the port in FAULTY state.`);
		}
		if (v.text('network_transport', p).toUpperCase() === 'L2') {
			for (const mac of ['ptp_dst_mac', 'p2p_dst_mac']) {
				if (!isScanfMac(v.text(mac, p))) {
					err(v.at(mac, p), `${mac} '${v.text(mac, p)}' is not a MAC address (xx:xx:xx:xx:xx:xx); the L2 transport cannot open.`, Code.BadValue);
				}
			}
		}
	}
}

function authChecks(port: string | null, v: Effective, err: (r: Range, m: string, c?: Code) => void): void {
	const spp = v.num('spp', port);
	if (spp >= 0) {
		err(v.at('spp', port), 'spp is set but no sa_file is given; ptp4l needs the security associations to authenticate.');
	} else if (v.num('active_key_id', port) > 0) {
		err(v.at('active_key_id', port), 'active_key_id is set without spp; ptp4l needs a security parameter pointer to use a key.');
	}
}

/** ts2phc takes one PPS source; a second one is an error (reached before the first sink is opened). */
function ts2phcSources(doc: ConfigDocument, parsed: LinuxptpParse, v: Effective, err: (r: Range, m: string, c?: Code) => void): void {
	let sources = 0;
	for (const p of parsed.ports) {
		if (v.num('ts2phc.master', p) !== 1) {
			return;
		}
		sources++;
		if (sources === 2) {
			const s = doc.sections.find((x) => x.name === p);
			err(v.ports.get(p)?.get('ts2phc.master')?.entry.range ?? s?.header.range ?? v.at('ts2phc.master'),
				`A second PPS source ([${p}]): ts2phc takes only one section with ts2phc.master 1.`);
			return;
		}
	}
}
