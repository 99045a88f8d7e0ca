/**
 * Per-resource settings from `workspace/configuration`, cached per document and cleared on change or close.
 */
import { DEFAULT_SETTINGS, mergeSettings, type Settings } from '../../shared/settings';

/** Fetches the `ptpconf` section for a resource. */
export type SettingsFetcher = (uri: string) => Promise<unknown>;

/** Settings cache. */
export class SettingsCache {
	private readonly cache = new Map<string, Promise<Settings>>();
	private fetcher: SettingsFetcher | null = null;
	private globalSettings: Settings = DEFAULT_SETTINGS;

	/** Uses `workspace/configuration` (client supports it) instead of pushed settings. */
	useFetcher(f: SettingsFetcher): void {
		this.fetcher = f;
	}

	/** Settings pushed with `didChangeConfiguration` (clients without `workspace/configuration`). */
	setGlobal(raw: unknown): void {
		this.globalSettings = mergeSettings(raw);
		this.cache.clear();
	}

	/** Drops everything (settings changed). */
	clear(): void {
		this.cache.clear();
	}

	/** Drops one document's entry. */
	delete(uri: string): void {
		this.cache.delete(uri);
	}

	/** Settings for a resource. */
	get(uri: string): Promise<Settings> {
		if (!this.fetcher) {
			return Promise.resolve(this.globalSettings);
		}
		let p = this.cache.get(uri);
		if (!p) {
			const fetcher = this.fetcher;
			p = fetcher(uri).then((raw) => mergeSettings(raw), () => this.globalSettings);
			this.cache.set(uri, p);
		}
		return p;
	}
}
