/** Types of report.mjs (the CI report, `npm run report`). */
export declare const CI_LIMIT_MINUTES: number
export declare function duration(ms: number): string
export declare function readResults(dir: string, root?: string): unknown
export declare function buildReport(results: unknown): {
  lead: string
  sections: { title: string; blocks: unknown[] }[]
}
export declare function renderReport(
  report: ReturnType<typeof buildReport>,
  options?: { markdown?: boolean },
): string
export declare function report(dir: string, options?: { markdown?: boolean; root?: string }): string
