/**
 * What jsdom (29) lacks and the app uses; test/setup.ts loads it for every test.
 *
 * <dialog> without showModal/close. This stands in for the browser's: it opens and
 * closes the dialog, fires `close`, and closes on Escape through a `cancel` event. Focus trapping
 * and the inert page are the browser's job and are covered by the browser tests.
 */
const proto = HTMLDialogElement.prototype as HTMLDialogElement & { __polyfilled?: boolean }

if (typeof proto.showModal !== 'function') {
  proto.__polyfilled = true
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !this.open) return
      const cancel = new Event('cancel', { cancelable: true })
      this.dispatchEvent(cancel)
      if (!cancel.defaultPrevented) this.close()
    }
    this.ownerDocument.addEventListener('keydown', onKey)
    ;(this as HTMLDialogElement & { __onKey?: typeof onKey }).__onKey = onKey
  }
  proto.show = proto.showModal
  proto.close = function close(this: HTMLDialogElement, returnValue?: string) {
    if (!this.open) return
    this.removeAttribute('open')
    if (returnValue !== undefined) this.returnValue = returnValue
    const self = this as HTMLDialogElement & { __onKey?: (event: KeyboardEvent) => void }
    if (self.__onKey) this.ownerDocument.removeEventListener('keydown', self.__onKey)
    this.dispatchEvent(new Event('close'))
  }
}

// Error summary links scroll their field into view; jsdom does no layout.
if (typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = () => {}
}
