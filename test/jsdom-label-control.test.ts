import { afterEach, describe, expect, it } from 'vitest'
import { labelControlsById } from './jsdom-label-control'

const labelsOf = (control: Element) => [...((control as HTMLInputElement).labels ?? [])]

afterEach(() => {
  document.body.innerHTML = ''
})

describe('label.control by the id cache (test/jsdom-label-control.ts)', () => {
  it('is in place for the tests', () => {
    expect(labelControlsById()).toBe(true)
  })

  it('answers as the HTML standard says: the first element with the id, if labelable', () => {
    document.body.innerHTML = `
      <label id="l1" for="a">A</label><input id="a"><input id="a">
      <label id="l2" for="d">D</label><div id="d"></div>
      <label id="l3" for="missing">M</label>
      <label id="l4" for="">E</label>
      <label id="l5">Wrapped <input id="w"></label>`
    const label = (id: string) => document.getElementById(id) as HTMLLabelElement
    const [first, second] = document.querySelectorAll('input#a')
    expect(label('l1').control).toBe(first)
    expect(label('l2').control).toBeNull()
    expect(label('l3').control).toBeNull()
    expect(label('l4').control).toBeNull()
    expect(label('l5').control).toBe(document.getElementById('w'))
    expect(labelsOf(first as Element).map((l) => l.id)).toEqual(['l1'])
    expect(labelsOf(second as Element)).toEqual([])
  })

  it('follows changes of ids and of the for attribute', () => {
    document.body.innerHTML = '<label id="l" for="x">X</label><input id="x"><input id="y">'
    const label = document.getElementById('l') as HTMLLabelElement
    const x = document.getElementById('x') as HTMLInputElement
    const y = document.getElementById('y') as HTMLInputElement
    label.htmlFor = 'y'
    expect(label.control).toBe(y)
    expect(labelsOf(y)).toEqual([label])
    expect(labelsOf(x)).toEqual([])
    y.id = 'z'
    expect(label.control).toBeNull()
    x.remove()
    document.body.prepend(x)
    x.id = 'y'
    expect(label.control).toBe(x)
  })

  it('keeps the tree walk for a label outside the document', () => {
    const tree = document.createElement('div')
    tree.innerHTML = '<label for="t">T</label><input id="t">'
    expect(tree.querySelector('label')?.control).toBe(tree.querySelector('input'))
  })
})
