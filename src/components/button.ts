import styles from './button.module.css'

export type ButtonVariant = 'primary' | 'secondary' | 'link'

/** Class names for a button or a link styled as one. */
export function buttonClass(variant: ButtonVariant = 'primary'): string {
  return `${styles.button} ${styles[variant]}`
}
