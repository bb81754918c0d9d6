#!/usr/bin/env bash
# Makes step 4's information video from its script, with nothing downloaded:
#   slides   ffmpeg (color source + drawtext) with the DejaVu Sans fonts of Debian's fonts-dejavu-core,
#   voice    espeak-ng (English narration, one clip per sentence, so each caption is timed exactly),
#   captions WebVTT in English and Russian, timed to the narration (Russian: the translated sentences).
#
# The words come from src/features/partnership/video-script.json, which the page also reads for its
# transcript: change them there and run this again.
#
# Prerequisites (Debian 12):  apt-get install -y ffmpeg espeak-ng fonts-dejavu-core   (and the project's Node.js)
# Usage:                      scripts/make-video.sh            (PLATFORM="Yandex Cloud" by default)
# Output (public/media/):     partner-program.webm (VP9 + Opus), partner-program.poster.jpg,
#                             partner-program.en.vtt, partner-program.ru.vtt
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCRIPT_JSON="$ROOT/src/features/partnership/video-script.json"
OUT="$ROOT/public/media"
NAME="partner-program"
PLATFORM="${PLATFORM:-Yandex Cloud}"
FONT="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
VOICE="${VOICE:-en-us}"
WPM="${WPM:-172}"
WIDTH=1280
HEIGHT=720
FPS=10

for tool in ffmpeg ffprobe espeak-ng node; do
  command -v "$tool" >/dev/null || { echo "make-video: $tool is missing (see the prerequisites at the top)" >&2; exit 1; }
done
for font in "$FONT" "$FONT_BOLD"; do
  [ -f "$font" ] || { echo "make-video: $font is missing: apt-get install -y fonts-dejavu-core" >&2; exit 1; }
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

# 1. One text file per slide line and per narrated sentence.
node - "$SCRIPT_JSON" "$WORK" "$PLATFORM" <<'JS'
const fs = require('node:fs')
const [file, work, platform] = process.argv.slice(2)
const { slides } = JSON.parse(fs.readFileSync(file, 'utf8'))
const fill = (s) => s.replaceAll('{platform}', platform)
slides.forEach((slide, i) => {
  // Titles wrap at about 34 characters (54 px DejaVu Sans Bold in 1100 px).
  const words = fill(slide.title.en).split(' ')
  const titleLines = ['']
  for (const word of words) {
    const current = titleLines[titleLines.length - 1]
    if (current && `${current} ${word}`.length > 34) titleLines.push(word)
    else titleLines[titleLines.length - 1] = current ? `${current} ${word}` : word
  }
  titleLines.forEach((line, j) => fs.writeFileSync(`${work}/slide-${i}.title-${j}.txt`, line))
  fs.writeFileSync(`${work}/slide-${i}.tone`, slide.tone)
  slide.lines.forEach((line, j) => fs.writeFileSync(`${work}/slide-${i}.line-${j}.txt`, fill(line)))
  slide.narration.forEach((s, k) => fs.writeFileSync(`${work}/say-${i}-${k}.txt`, fill(s.en)))
})
fs.writeFileSync(`${work}/count`, String(slides.length))
JS
COUNT="$(cat "$WORK/count")"

# 2. Speak each sentence (22050 Hz mono WAV).
for text in "$WORK"/say-*.txt; do
  espeak-ng -v "$VOICE" -s "$WPM" -w "${text%.txt}.wav" -f "$text"
done

# 3. The timeline: pauses around sentences; each slide lasts as long as its narration.
for wav in "$WORK"/say-*.wav; do
  printf '%s %s\n' "$(basename "$wav" .wav)" "$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$wav")"
done >"$WORK/durations"
ffmpeg -v error -f lavfi -i anullsrc=r=22050:cl=mono -t 30 -c:a pcm_s16le "$WORK/silence.wav"

node - "$SCRIPT_JSON" "$WORK" "$PLATFORM" <<'JS'
const fs = require('node:fs')
const [file, work, platform] = process.argv.slice(2)
const { slides } = JSON.parse(fs.readFileSync(file, 'utf8'))
const fill = (s) => s.replaceAll('{platform}', platform)
const durations = Object.fromEntries(
  fs.readFileSync(`${work}/durations`, 'utf8').trim().split('\n').map((l) => {
    const [name, seconds] = l.split(' ')
    return [name, Number(seconds)]
  }),
)
const LEAD = 0.5 // silence before a slide's first sentence
const GAP = 0.35 // between sentences
const TAIL = 0.8 // after a slide's last sentence
const audio = [] // concat list: [file, inpoint, outpoint]
const images = [] // [slide index, duration]
const cues = [] // { start, end, en, ru }
let t = 0
const silence = (d) => {
  audio.push(`file 'silence.wav'\ninpoint 0\noutpoint ${d.toFixed(6)}`)
  t += d
}
slides.forEach((slide, i) => {
  const slideStart = t
  silence(LEAD)
  slide.narration.forEach((s, k) => {
    const d = durations[`say-${i}-${k}`]
    const last = k === slide.narration.length - 1
    const start = t
    audio.push(`file 'say-${i}-${k}.wav'`)
    t += d
    cues.push({ start, end: t + (last ? TAIL - 0.1 : GAP - 0.05), en: fill(s.en), ru: fill(s.ru) })
    if (!last) silence(GAP)
  })
  silence(TAIL)
  images.push([i, t - slideStart])
})
const stamp = (s) => {
  const ms = Math.round(s * 1000)
  const h = String(Math.floor(ms / 3600000)).padStart(2, '0')
  const m = String(Math.floor(ms / 60000) % 60).padStart(2, '0')
  const sec = String(Math.floor(ms / 1000) % 60).padStart(2, '0')
  return `${h}:${m}:${sec}.${String(ms % 1000).padStart(3, '0')}`
}
for (const lang of ['en', 'ru']) {
  const body = cues.map((c, n) => `${n + 1}\n${stamp(c.start)} --> ${stamp(c.end)}\n${c[lang]}\n`).join('\n')
  fs.writeFileSync(`${work}/captions.${lang}.vtt`, `WEBVTT\n\n${body}`)
}
fs.writeFileSync(`${work}/audio.txt`, `${audio.join('\n')}\n`)
const list = images.map(([i, d]) => `file 'slide-${i}.png'\nduration ${d.toFixed(6)}`)
// The concat demuxer ignores the last image's duration unless the image is listed once more.
list.push(`file 'slide-${images.length - 1}.png'`)
fs.writeFileSync(`${work}/slides.txt`, `${list.join('\n')}\n`)
fs.writeFileSync(`${work}/total`, t.toFixed(3))
// A key frame at every slide change: otherwise the previous slide lingers as a ghost at this quality.
let at = 0
const starts = images.map(([, d]) => {
  const start = at
  at += d
  return start.toFixed(3)
})
fs.writeFileSync(`${work}/keyframes`, starts.join(','))
JS
TOTAL="$(cat "$WORK/total")"

# 4. One picture per slide.
for ((i = 0; i < COUNT; i++)); do
  tone="$(cat "$WORK/slide-$i.tone")"
  case "$tone" in
    warning) bg="0xfff4d6"; bar="0x8a5a00"; fg="0x3d2800" ;;
    title) bg="0x0b5fd6"; bar="0xffbf47"; fg="0xffffff" ;;
    *) bg="0xffffff"; bar="0x0b5fd6"; fg="0x1f2328" ;;
  esac
  muted="$fg@0.75"
  filters="drawbox=x=0:y=0:w=24:h=ih:color=$bar:t=fill"
  y=120
  for title in "$WORK"/slide-"$i".title-*.txt; do
    filters+=",drawtext=fontfile=$FONT_BOLD:textfile=$title:expansion=none:fontsize=54:fontcolor=$fg:x=96:y=$y"
    y=$((y + 70))
  done
  y=$((y + 70))
  for line in "$WORK"/slide-"$i".line-*.txt; do
    [ -e "$line" ] || continue
    if [ "$tone" = "title" ]; then
      filters+=",drawtext=fontfile=$FONT:textfile=$line:expansion=none:fontsize=40:fontcolor=$fg:x=96:y=$y"
    else
      filters+=",drawbox=x=96:y=$((y + 14)):w=14:h=14:color=$bar:t=fill"
      filters+=",drawtext=fontfile=$FONT:textfile=$line:expansion=none:fontsize=38:fontcolor=$fg:x=136:y=$y"
    fi
    y=$((y + 78))
  done
  printf '%s partner program   ·   %d / %d' "$PLATFORM" "$((i + 1))" "$COUNT" >"$WORK/slide-$i.footer.txt"
  filters+=",drawtext=fontfile=$FONT:textfile=$WORK/slide-$i.footer.txt:expansion=none:fontsize=24:fontcolor=$muted:x=96:y=h-72"
  ffmpeg -v error -f lavfi -i "color=c=$bg:s=${WIDTH}x${HEIGHT}:d=1" -vf "$filters" -frames:v 1 -y "$WORK/slide-$i.png"
done

# 5. Narration (Opus) and slides (VP9) in one WebM; static slides cost almost nothing at a low frame rate.
ffmpeg -v error -f concat -safe 0 -i "$WORK/audio.txt" -c:a pcm_s16le -y "$WORK/narration.wav"
ffmpeg -v error \
  -f concat -safe 0 -i "$WORK/slides.txt" \
  -i "$WORK/narration.wav" \
  -map 0:v -map 1:a \
  -vf "fps=$FPS,format=yuv420p" -t "$TOTAL" \
  -force_key_frames "$(cat "$WORK/keyframes")" \
  -c:v libvpx-vp9 -b:v 0 -crf 42 -row-mt 1 -deadline good -cpu-used 4 -g $((FPS * 15)) \
  -c:a libopus -b:a 28k -ac 1 -ar 48000 \
  -map_metadata -1 -fflags +bitexact \
  -y "$OUT/$NAME.webm"
ffmpeg -v error -i "$WORK/slide-0.png" -q:v 4 -y "$OUT/$NAME.poster.jpg"
cp "$WORK/captions.en.vtt" "$OUT/$NAME.en.vtt"
cp "$WORK/captions.ru.vtt" "$OUT/$NAME.ru.vtt"

echo "make-video: ${TOTAL}s"
ls -l "$OUT/$NAME".*
du -cb "$OUT/$NAME".* | tail -1
