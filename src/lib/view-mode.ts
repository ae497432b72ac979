export type ViewMode = 'chart' | 'table';
