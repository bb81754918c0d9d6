/**
 * The video through the mock worker. MSW hands a <video>'s request to the page as a no-cors
 * request, whose headers cannot carry `Range`, and passes it on without it: the file then comes back
 * whole as a 200 without Accept-Ranges, which the browser treats as a stream it cannot seek in, so
 * the video could not resume where the user left off. The file is small (about 0.5 MB), so here it
 * is answered whole as one range (206, Accept-Ranges): the browser buffers it all and seeks within it.
 */

import { PrefilteredHandler } from '@mocks/http'
import { bypass, HttpResponse } from 'msw'

/**
 * Wider than MSW's own match of the video's path (see PrefilteredHandler): a GET of a `.webm` under
 * /media/. The poster and the captions are not matched at all: the worker fetches them itself, and
 * they never pass through the page (the page's main thread is busy drawing the page they are on).
 */
const mayBeVideo = (method: string, url: string) =>
  method.toUpperCase() === 'GET' && /\/media\/[^/?#]+\.webm\/?(?:[?#].*)?$/i.test(url)

export const mediaHandlers = [
  new PrefilteredHandler('GET', '*/media/:name.webm', mayBeVideo, async ({ request }) => {
    const upstream = await fetch(bypass(request.url))
    if (!upstream.ok) return upstream
    const body = await upstream.arrayBuffer()
    return new HttpResponse(body, {
      status: 206,
      headers: {
        'Content-Type': upstream.headers.get('Content-Type') ?? 'video/webm',
        'Content-Length': String(body.byteLength),
        'Content-Range': `bytes 0-${body.byteLength - 1}/${body.byteLength}`,
        'Accept-Ranges': 'bytes',
      },
    })
  }),
]
