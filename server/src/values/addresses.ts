/**
 * Address checks with the acceptance rules of the C library calls the daemons use
 * (inet_aton, inet_pton(AF_INET6), sscanf("%hhx:…") for MACs).
 */

/** glibc inet_aton(): 1–4 parts, each decimal, octal (0…) or hex (0x…); the last part fills the remaining bytes. */
export function isInetAton(s: string): boolean {
	const m = /^([^\s]*)(\s.*)?$/.exec(s);
	if (!m || m[1] === '') {
		return false;
	}
	const parts = m[1].split('.');
	if (parts.length > 4) {
		return false;
	}
	const values: number[] = [];
	for (const p of parts) {
		let v: number;
		if (/^0[xX][0-9a-fA-F]*$/.test(p)) {
			v = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
		} else if (/^0[0-7]*$/.test(p)) {
			v = parseInt(p, 8);
		} else if (/^[1-9][0-9]*$/.test(p)) {
			v = Number(p);
		} else {
			return false;
		}
		if (!Number.isFinite(v) || v > 0xffffffff) {
			return false;
		}
		values.push(v);
	}
	const last = values[values.length - 1];
	const head = values.slice(0, -1);
	if (head.some((v) => v > 255)) {
		return false;
	}
	const lastMax = [0xffffffff, 0xffffff, 0xffff, 0xff][head.length];
	return last <= lastMax;
}

/** Strict dotted quad, as inet_pton(AF_INET) takes it (no leading zeros beyond one digit). */
export function isIpv4Strict(s: string): boolean {
	const parts = s.split('.');
	return parts.length === 4 && parts.every((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
}

/** inet_pton(AF_INET6). */
export function isIpv6(s: string): boolean {
	if (s === '' || /[^0-9a-fA-F:.]/.test(s)) {
		return false;
	}
	let text = s;
	let tailGroups = 0;
	const lastColon = text.lastIndexOf(':');
	const tail = text.slice(lastColon + 1);
	if (tail.includes('.')) {
		if (!isIpv4Strict(tail)) {
			return false;
		}
		text = text.slice(0, lastColon + 1) + '0:0';
		tailGroups = 0;
	}
	const dbl = text.indexOf('::');
	if (dbl !== text.lastIndexOf('::') && dbl >= 0) {
		return false;
	}
	const groupOk = (g: string): boolean => /^[0-9a-fA-F]{1,4}$/.test(g);
	if (dbl >= 0) {
		const left = text.slice(0, dbl);
		const right = text.slice(dbl + 2);
		const l = left === '' ? [] : left.split(':');
		const r = right === '' ? [] : right.split(':');
		if (![...l, ...r].every(groupOk)) {
			return false;
		}
		return l.length + r.length + tailGroups <= 7;
	}
	const groups = text.split(':');
	return groups.length === 8 && groups.every(groupOk);
}

/** sscanf("%hhx:%hhx:%hhx:%hhx:%hhx:%hhx") == 6: six hex numbers separated by colons; anything may follow. */
export function isScanfMac(s: string): boolean {
	return /^(\s*[-+]?(0[xX])?[0-9a-fA-F]+:){5}\s*[-+]?(0[xX])?[0-9a-fA-F]+/.test(s)
		&& !/^(\s*[-+]?0[xX]:)/.test(s);
}
