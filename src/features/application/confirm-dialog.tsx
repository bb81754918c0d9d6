import { useEffect, useRef } from 'react'
import { buttonClass } from '@/components/button'
import styles from './application.module.css'

type Props = {
  open: boolean
  title: string
  body: string
  confirmLabel: string
  cancelLabel: string
  onConfirm: () => void
  /** Called when the dialog closes without confirming (Cancel, Escape). */
  onCancel: () => void
}

/**
 * A native modal dialog: showModal traps focus and makes the page behind it inert, Escape closes
 * it. Focus starts on Cancel, as the action cannot be undone; the caller returns focus.
 */
export function ConfirmDialog({ open, title, body, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const confirmed = useRef(false)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      confirmed.current = false
      dialog.showModal()
      cancelRef.current?.focus()
    } else if (!open && dialog.open) {
      dialog.close()
    }
  }, [open])

  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby="confirm-dialog-title"
      aria-describedby="confirm-dialog-body"
      onClose={() => {
        if (!confirmed.current) onCancel()
      }}
    >
      <h2 id="confirm-dialog-title" className={styles.dialogTitle}>
        {title}
      </h2>
      <p id="confirm-dialog-body">{body}</p>
      <div className={styles.dialogActions}>
        <button
          type="button"
          className={buttonClass('primary')}
          onClick={() => {
            confirmed.current = true
            ref.current?.close()
            onConfirm()
          }}
        >
          {confirmLabel}
        </button>
        <button
          ref={cancelRef}
          type="button"
          className={buttonClass('secondary')}
          onClick={() => ref.current?.close()}
        >
          {cancelLabel}
        </button>
      </div>
    </dialog>
  )
}
