/**
 * Number parsing with the exact acceptance rules of C's strtol/strtoul (base 0) and strtod, which linuxptp
 * uses for every numeric option (util.c get_ranged_int/uint/double): the whole value must be consumed.
 */

/** Outcome of reading a numeric value. */
export type CNumberResult =
	| { ok: true; value: number }
	/** Not a number, or text left after it (`stopAt` = index of the first unread character). */
	| { ok: false; reason: 'malformed'; stopAt: number }
	/** Parsed, but C reports ERANGE or it is outside [min, max]. */
	| { ok: false; reason: 'out-of-range'; value: number };

const LONG_MAX = (1n << 63n) - 1n;
const LONG_MIN = -(1n << 63n);
const ULONG_MAX = (1n << 64n) - 1n;
const DBL_MIN = 2.2250738585072014e-308;

interface IntScan {
	/** Parsed magnitude with sign applied. */
	value: bigint;
	/** Index after the last consumed character (0 = nothing consumed). */
	end: number;
	negative: boolean;
}

/** Scans an integer the way strtol(s, &end, 0) does, without range handling. */
function scanInt(s: string): IntScan {
	let i = 0;
	while (i < s.length && /[ \t\n\v\f\r]/.test(s[i])) {
		i++;
	}
	let negative = false;
	if (s[i] === '+' || s[i] === '-') {
		negative = s[i] === '-';
		i++;
	}
	let base = 10;
	if (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X') && /[0-9a-fA-F]/.test(s[i + 2] ?? '')) {
		base = 16;
		i += 2;
	} else if (s[i] === '0') {
		base = 8;
	}
	const digitRe = base === 16 ? /[0-9a-fA-F]/ : base === 8 ? /[0-7]/ : /[0-9]/;
	const startDigits = i;
	let v = 0n;
	while (i < s.length && digitRe.test(s[i])) {
		v = v * BigInt(base) + BigInt(parseInt(s[i], 16));
		i++;
	}
	if (i === startDigits) {
		return { value: 0n, end: 0, negative };
	}
	return { value: negative ? -v : v, end: i, negative };
}

const PLAIN_DECIMAL = /^-?(0|[1-9][0-9]{0,14})$/;

/** strtol(…, 0) + linuxptp's range check. */
export function parseCInt(s: string, min: number, max: number): CNumberResult {
	if (PLAIN_DECIMAL.test(s)) {
		// Fast path: short decimals are exact in a double and far inside the 64-bit range.
		const v = Number(s);
		return v < min || v > max ? { ok: false, reason: 'out-of-range', value: v } : { ok: true, value: v };
	}
	const r = scanInt(s);
	if (r.end === 0 || r.end !== s.length) {
		return { ok: false, reason: 'malformed', stopAt: r.end };
	}
	const v = r.value;
	if (v > LONG_MAX || v < LONG_MIN || v < BigInt(min) || v > BigInt(max)) {
		return { ok: false, reason: 'out-of-range', value: Number(v) };
	}
	return { ok: true, value: Number(v) };
}

/** strtoul(…, 0) + linuxptp's range check: a leading minus wraps around (so `-1` is far above any max). */
export function parseCUint(s: string, min: number, max: number): CNumberResult {
	const r = scanInt(s);
	if (r.end === 0 || r.end !== s.length) {
		return { ok: false, reason: 'malformed', stopAt: r.end };
	}
	let v = r.value;
	const magnitude = v < 0n ? -v : v;
	if (magnitude > ULONG_MAX) {
		return { ok: false, reason: 'out-of-range', value: Number(v) };
	}
	if (v < 0n) {
		v = (ULONG_MAX + 1n + v) & ULONG_MAX;
	}
	if (v < BigInt(min) || v > BigInt(max)) {
		return { ok: false, reason: 'out-of-range', value: Number(v) };
	}
	return { ok: true, value: Number(v) };
}

/** Scans a double the way glibc strtod does; returns the value and the end index (0 = nothing read). */
export function scanDouble(s: string): { value: number; end: number; underflow: boolean } {
	let i = 0;
	while (i < s.length && /[ \t\n\v\f\r]/.test(s[i])) {
		i++;
	}
	const signStart = i;
	let sign = 1;
	if (s[i] === '+' || s[i] === '-') {
		sign = s[i] === '-' ? -1 : 1;
		i++;
	}
	const rest = s.slice(i);
	const special = /^(infinity|inf|nan(\([0-9A-Za-z_]*\))?)/i.exec(rest);
	if (special) {
		const word = special[0].toLowerCase();
		return { value: word.startsWith('nan') ? NaN : sign * Infinity, end: i + special[0].length, underflow: false };
	}
	const hex = /^0[xX](([0-9a-fA-F]+\.?[0-9a-fA-F]*)|(\.[0-9a-fA-F]+))([pP][-+]?[0-9]+)?/.exec(rest);
	if (hex) {
		const mant = hex[1];
		const [intPart, fracPart = ''] = mant.split('.');
		let v = 0;
		for (const ch of intPart) {
			v = v * 16 + parseInt(ch, 16);
		}
		let scale = 1 / 16;
		for (const ch of fracPart) {
			v += parseInt(ch, 16) * scale;
			scale /= 16;
		}
		const exp = hex[4] ? parseInt(hex[4].slice(1), 10) : 0;
		const value = sign * v * Math.pow(2, exp);
		return { value, end: i + hex[0].length, underflow: v !== 0 && Math.abs(value) < DBL_MIN };
	}
	const dec = /^(([0-9]+\.?[0-9]*)|(\.[0-9]+))([eE][-+]?[0-9]+)?/.exec(rest);
	if (!dec) {
		return { value: 0, end: 0, underflow: false };
	}
	const text = s.slice(signStart, i + dec[0].length);
	const value = Number(text);
	const nonZero = /[1-9]/.test(dec[1]);
	return { value, end: i + dec[0].length, underflow: nonZero && Math.abs(value) < DBL_MIN };
}

/** strtod + linuxptp's range check (NaN passes it, as upstream's comparisons are false for NaN). */
export function parseCDouble(s: string, min: number, max: number): CNumberResult {
	const r = scanDouble(s);
	if (r.end === 0 || r.end !== s.length) {
		return { ok: false, reason: 'malformed', stopAt: r.end };
	}
	if (!Number.isFinite(r.value) && !Number.isNaN(r.value)) {
		return { ok: false, reason: 'out-of-range', value: r.value };
	}
	if (r.underflow || r.value < min || r.value > max) {
		return { ok: false, reason: 'out-of-range', value: r.value };
	}
	return { ok: true, value: r.value };
}
