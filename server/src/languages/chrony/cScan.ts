/**
 * The C library reads chronyd uses on configuration words, with glibc's exact acceptance rules:
 * sscanf conversions `%d`, `%u`, `%lu`, `%x`, `%lf`, `%Ns` followed by `%n` (how many characters were read),
 * and strtol(…, 10). chronyd mostly checks only that a conversion succeeded, so text after a number is
 * left for the next step: e.g. `minpoll 6x` reads 6 and then meets `x` as the next option name.
 */
import { scanDouble as strtod } from '../../values/cNumbers';

/** A successful conversion: the value and the index just after the characters scanf read. */
export interface Scanned<T> {
	/** The stored value. */
	value: T;
	/** Index after the last character read (`%n` = end − start). */
	end: number;
}

/** isspace() in the C locale. */
export function isCSpace(ch: string | undefined): boolean {
	if (ch === undefined) {
		return false;
	}
	const c = ch.charCodeAt(0);
	return c === 32 || (c >= 9 && c <= 13);
}

const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);
const UINT64_MAX = (1n << 64n) - 1n;

function skipSpace(s: string, at: number): number {
	let i = at;
	while (i < s.length && isCSpace(s[i])) {
		i++;
	}
	return i;
}

function isDigitIn(ch: string | undefined, base: 10 | 16): boolean {
	return ch !== undefined && (base === 10 ? ch >= '0' && ch <= '9' : /^[0-9a-fA-F]$/.test(ch));
}

/**
 * The characters an integer conversion reads: optional sign, `0x` for base 16 (read, not kept), digits.
 * `strict` (glibc 2.43+): a `0x` prefix must be followed by a digit.
 */
function readIntegerChars(s: string, at: number, base: 10 | 16, strict = false): { negative: boolean; digits: string; end: number } | null {
	let i = skipSpace(s, at);
	if (i >= s.length) {
		return null;
	}
	let negative = false;
	if (s[i] === '+' || s[i] === '-') {
		negative = s[i] === '-';
		i++;
	}
	let digits = '';
	if (s[i] === '0') {
		digits = '0';
		i++;
		if (base === 16 && (s[i] === 'x' || s[i] === 'X')) {
			i++;
			if (strict && !isDigitIn(s[i], 16)) {
				return null;
			}
		}
	}
	while (isDigitIn(s[i], base)) {
		digits += s[i];
		i++;
	}
	if (digits === '') {
		return null;
	}
	return { negative, digits, end: i };
}

/** strtol's result for a digit string: saturated to the 64-bit long range. */
function toLong(negative: boolean, digits: string, base: 10 | 16): bigint {
	const mag = BigInt(base === 16 ? `0x${digits}` : digits);
	const v = negative ? -mag : mag;
	return v > INT64_MAX ? INT64_MAX : v < INT64_MIN ? INT64_MIN : v;
}

/** strtoul's result: saturated at ULONG_MAX, a minus sign negates modulo 2^64. */
function toULong(negative: boolean, digits: string, base: 10 | 16): bigint {
	const mag = BigInt(base === 16 ? `0x${digits}` : digits);
	if (mag > UINT64_MAX) {
		return UINT64_MAX;
	}
	return negative ? (UINT64_MAX + 1n - mag) & UINT64_MAX : mag;
}

/** `sscanf(s + at, "%d%n")`: the int stored is strtol's long cut to 32 bits. */
export function scanInt(s: string, at = 0): Scanned<number> | null {
	const r = readIntegerChars(s, at, 10);
	return r ? { value: Number(BigInt.asIntN(32, toLong(r.negative, r.digits, 10))), end: r.end } : null;
}

/** `sscanf(s + at, "%" SCNu32 "%n")`: strtoul cut to 32 bits (`-1` becomes 4294967295). */
export function scanUint32(s: string, at = 0): Scanned<number> | null {
	const r = readIntegerChars(s, at, 10);
	return r ? { value: Number(BigInt.asUintN(32, toULong(r.negative, r.digits, 10))), end: r.end } : null;
}

/** `sscanf(s + at, "%lu%n")` on a 64-bit system. */
export function scanULong(s: string, at = 0): Scanned<bigint> | null {
	const r = readIntegerChars(s, at, 10);
	return r ? { value: toULong(r.negative, r.digits, 10), end: r.end } : null;
}

/** `sscanf(s + at, "%" SCNx32 "%n")`: hexadecimal with an optional `0x` (`strict`: glibc 2.43+, see scanDouble). */
export function scanHex32(s: string, at = 0, strict = false): Scanned<number> | null {
	const r = readIntegerChars(s, at, 16, strict);
	return r ? { value: Number(BigInt.asUintN(32, toULong(r.negative, r.digits, 16))), end: r.end } : null;
}

/** `sscanf(s + at, "%Ns%n")`: up to `width` characters of the next word. */
export function scanWord(s: string, at: number, width: number): Scanned<string> | null {
	const i = skipSpace(s, at);
	if (i >= s.length) {
		return null;
	}
	let j = i;
	while (j < s.length && j - i < width && !isCSpace(s[j])) {
		j++;
	}
	return { value: s.slice(i, j), end: j };
}

function lower(ch: string | undefined): string {
	return ch !== undefined && ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch ?? '';
}

/**
 * `sscanf(s + at, "%lf%n")` as glibc does it: the characters that can continue a number are read (sign, `nan`,
 * `inf`/`infinity`, `0x`, digits, one point, an exponent letter and its sign) and then converted with strtod,
 * which must accept a prefix of them. All characters read count for `%n`, even those strtod did not use
 * (`1e` reads two characters, value 1).
 *
 * `strict` follows glibc 2.43 and newer, which fix glibc bug 12701: the characters read must form a complete
 * number (`1e`, `1e+`, `1.e`, `0x1p` and a bare `0x` are matching failures there).
 */
export function scanDouble(s: string, at = 0, strict = false): Scanned<number> | null {
	let i = skipSpace(s, at);
	if (i >= s.length) {
		return null;
	}
	let negative = false;
	if (s[i] === '+' || s[i] === '-') {
		negative = s[i] === '-';
		i++;
		if (i >= s.length) {
			return null;
		}
	}
	let buf = '';
	const c0 = lower(s[i]);
	if (c0 === 'n') {
		if (lower(s[i + 1]) !== 'a' || lower(s[i + 2]) !== 'n') {
			return null;
		}
		return { value: NaN, end: i + 3 };
	}
	if (c0 === 'i') {
		if (lower(s[i + 1]) !== 'n' || lower(s[i + 2]) !== 'f') {
			return null;
		}
		i += 3;
		if (lower(s[i]) === 'i') {
			if (s.slice(i + 1, i + 5).toLowerCase() !== 'nity' || !/^[a-zA-Z]{4}$/.test(s.slice(i + 1, i + 5))) {
				return null;
			}
			i += 5;
		}
		return { value: negative ? -Infinity : Infinity, end: i };
	}
	let hex = false;
	let gotDigit = false;
	let gotDot = false;
	let gotE = false;
	if (s[i] === '0') {
		buf += '0';
		i++;
		if (lower(s[i]) === 'x') {
			buf += 'x';
			hex = true;
			i++;
		} else {
			gotDigit = true;
		}
	}
	const expChar = hex ? 'p' : 'e';
	for (; i < s.length; i++) {
		const c = s[i];
		if (c >= '0' && c <= '9') {
			buf += c;
			gotDigit = true;
		} else if (!gotE && hex && /^[0-9a-fA-F]$/.test(c)) {
			buf += c;
			gotDigit = true;
		} else if (gotE && buf[buf.length - 1] === expChar && (c === '-' || c === '+')) {
			buf += c;
		} else if (gotDigit && !gotE && lower(c) === expChar) {
			buf += expChar;
			gotE = true;
			gotDot = true;
		} else if (!gotDot && c === '.') {
			buf += c;
			gotDot = true;
		} else {
			break;
		}
	}
	if (buf.length === 0 || (hex && buf.length === 2)) {
		return null;
	}
	const conv = strtod(buf);
	if (conv.end === 0 || (strict && conv.end !== buf.length)) {
		return null;
	}
	return { value: negative ? -conv.value : conv.value, end: i };
}

/** `strtol(s, &end, 10)`: value (saturated to the 64-bit range), end index, and whether ERANGE was set. */
export function strtol10(s: string): { value: bigint; end: number; erange: boolean } {
	const r = readIntegerChars(s, 0, 10);
	if (!r) {
		return { value: 0n, end: 0, erange: false };
	}
	const mag = BigInt(r.digits);
	const v = r.negative ? -mag : mag;
	const erange = v > INT64_MAX || v < INT64_MIN;
	return { value: erange ? (r.negative ? INT64_MIN : INT64_MAX) : v, end: r.end, erange };
}

/** One conversion of a multi-conversion format such as `"%lf %d %d"`. */
export type ScanConversion = 'd' | 'lf';

/**
 * `sscanf(s, "%lf %d …")` with conversions separated by single blanks: the number of conversions that
 * succeeded (each skips leading blanks, so the blank directives add nothing), and where each ended.
 */
export function scanSequence(s: string, conversions: readonly ScanConversion[], strict = false): { count: number; ends: number[] } {
	let at = 0;
	const ends: number[] = [];
	for (const c of conversions) {
		const r = c === 'd' ? scanInt(s, at) : scanDouble(s, at, strict);
		if (!r) {
			break;
		}
		ends.push(r.end);
		at = r.end;
	}
	return { count: ends.length, ends };
}
