export declare const SYNTHETIC_SIZE: number;
export declare function syntheticDataset<R extends { code: string }>(records: readonly R[], size?: number): (R & { locality?: string })[];
