/**
 * The error summary's entry, defined here (not in the component) so that lib and api code can name
 * it without importing a component. Every form words its errors through the form recipe
 * (`usePageForm`, src/components/form), which builds these entries in field order.
 */

/** An entry of the error summary: the field to move focus to, and the problem in words. */
export type SummaryError = { fieldId: string; message: string }
