/** The region bars' id and tab label (apart from index.ts, which imports the view that needs them). */
export const REGION_BAR = { id: 'region', label: 'tabRegion' } as const;
