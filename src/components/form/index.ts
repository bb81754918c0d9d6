/**
 * The one form recipe: see "Page pattern" in docs/architecture.md. A page that shows no choice
 * group may import `./use-page-form`, `./form-problems` and `./form-actions` directly, so that the
 * group's code and styles stay out of its chunk.
 */
export { type Choice, ChoiceGroup, type ChoiceGroupProps } from './choice-group'
export { firstChoiceId } from './choice-id'
export { FormActions } from './form-actions'
export { FormProblems } from './form-problems'
export { type FieldSpec, type FieldSpecs, type PageForm, usePageForm } from './use-page-form'
