/** The id the error summary links to for a group of choices: its first control's. */
export const firstChoiceId = (id: string, values: readonly string[]) => `${id}-${values[0] ?? ''}`
