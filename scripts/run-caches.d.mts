export function forgetEarlierRuns(distDir: string): void;
