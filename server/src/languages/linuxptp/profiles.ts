/**
 * What the PTP profiles require of a linuxptp config (facts from ITU-T G.8275.1/G.8275.2, IEEE 802.1AS,
 * cross-checked with linuxptp's shipped configs/G.8275.1.cfg, G.8275.2.cfg, gPTP.cfg).
 */

/** One expectation of a profile. */
export interface ProfileRule {
	/** Option name. */
	option: string;
	/** Accepts the written value (compared as text, case-insensitively for enums). */
	accepts: (value: string | number) => boolean;
	/** What the profile wants, for the message and quick fix. */
	want: string;
	/** Why, in a few words. */
	why: string;
}

/** A profile: how it is recognised and what it needs. */
export interface Profile {
	/** Display name. */
	name: string;
	/** Rules checked when the profile is recognised. */
	rules: ProfileRule[];
}

const eq = (want: string | number) => (v: string | number): boolean => String(v).toLowerCase() === String(want).toLowerCase();
const between = (lo: number, hi: number) => (v: string | number): boolean => typeof v === 'number' && v >= lo && v <= hi;

/** ITU-T G.8275.1 (full timing support, Ethernet multicast). */
export const G8275_1: Profile = {
	name: 'G.8275.1',
	rules: [
		{ option: 'network_transport', accepts: eq('L2'), want: 'L2', why: 'G.8275.1 runs over Ethernet (L2) only' },
		{ option: 'domainNumber', accepts: between(24, 43), want: '24', why: 'G.8275.1 domains are 24–43' },
		{ option: 'logAnnounceInterval', accepts: eq(-3), want: '-3', why: 'G.8275.1 sends 8 Announce per second' },
		{ option: 'logSyncInterval', accepts: eq(-4), want: '-4', why: 'G.8275.1 sends 16 Sync per second' },
		{ option: 'logMinDelayReqInterval', accepts: eq(-4), want: '-4', why: 'G.8275.1 sends 16 Delay_Req per second' },
	],
};

/** ITU-T G.8275.2 (partial timing support, unicast over IP). */
export const G8275_2: Profile = {
	name: 'G.8275.2',
	rules: [
		{ option: 'network_transport', accepts: (v) => /^udpv[46]$/i.test(String(v)), want: 'UDPv4', why: 'G.8275.2 runs over IPv4 or IPv6 unicast' },
		{ option: 'domainNumber', accepts: between(44, 63), want: '44', why: 'G.8275.2 domains are 44–63' },
		{ option: 'unicast_listen', accepts: eq(1), want: '1', why: 'G.8275.2 negotiates unicast transmission' },
		{ option: 'inhibit_multicast_service', accepts: eq(1), want: '1', why: 'G.8275.2 uses no multicast' },
	],
};

/** IEEE 802.1AS (gPTP), recognised by transportSpecific 1. */
export const GPTP: Profile = {
	name: 'gPTP (802.1AS)',
	rules: [
		{ option: 'network_transport', accepts: eq('L2'), want: 'L2', why: '802.1AS runs over Ethernet (L2)' },
		{ option: 'delay_mechanism', accepts: eq('P2P'), want: 'P2P', why: '802.1AS measures link delay peer to peer' },
		{ option: 'ptp_dst_mac', accepts: eq('01:80:C2:00:00:0E'), want: '01:80:C2:00:00:0E', why: '802.1AS uses the non-forwardable multicast address' },
		{ option: 'follow_up_info', accepts: eq(1), want: '1', why: '802.1AS carries rate ratio in the Follow_Up TLV' },
		{ option: 'path_trace_enabled', accepts: eq(1), want: '1', why: '802.1AS requires the path trace TLV' },
		{ option: 'assume_two_step', accepts: eq(1), want: '1', why: '802.1AS is two-step' },
	],
};
