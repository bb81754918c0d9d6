/** Types of mock-code.mjs. */
export type MockMarker = { text: string; what: string }
export declare function mockMarkers(root: string): MockMarker[]
export declare function findMockCode(dir: string, markers: MockMarker[]): string[]
