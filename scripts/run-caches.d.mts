export function runtimeCacheFolders(distDir: string): string[];
export function forgetEarlierRuns(distDir: string): string[];
