#!/usr/bin/env bash
# Makes step 4's information video from its script, with nothing downloaded:
#   slides   ffmpeg (color source + drawtext) with the DejaVu Sans fonts of Debian's fonts-dejavu-core,
#   voice    espeak-ng (one clip per sentence and language, so each caption is timed exactly),
#   captions WebVTT in English and Russian, timed to the narration.
#
# Two videos, English and Russian (slides and narration), on ONE timeline: each sentence gets the
# longer of its two clips' durations (the shorter clip is followed by silence), so both videos have
# the same length and the same cue times: the two caption files serve both videos, a time in one is
# the same point in the other (the page switches videos with the language and keeps the position),
# and the length is written once to src/domain/video-media.json for the mock backend.
#
# The words come from src/features/partnership/video-script.json, which the page also reads for its
# transcript: change them there and run this again.
#
# Prerequisites (Debian 12):  apt-get install -y ffmpeg espeak-ng fonts-dejavu-core   (and the project's Node.js)
# Usage:                      scripts/make-video.sh            (PLATFORM="Yandex Cloud" by default)
# Output (public/media/):     partner-program.webm, partner-program.ru.webm (VP9 + Opus),
#                             partner-program.poster.jpg, partner-program.ru.poster.jpg,
#                             partner-program.en.vtt, partner-program.ru.vtt
#                             and src/domain/video-media.json ({ "duration": seconds, "platform": name })
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCRIPT_JSON="$ROOT/src/features/partnership/video-script.json"
OUT="$ROOT/public/media"
NAME="partner-program"
PLATFORM="${PLATFORM:-Yandex Cloud}"
FONT="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD="/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LANGUAGES=(en ru)
declare -A VOICE=([en]="${VOICE_EN:-en-us}" [ru]="${VOICE_RU:-ru}")
declare -A WPM=([en]="${WPM_EN:-172}" [ru]="${WPM_RU:-172}")
# File names per language: English keeps the unsuffixed names.
declare -A SUFFIX=([en]="" [ru]=".ru")
MEDIA_JSON="$ROOT/src/domain/video-media.json"
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

# 1. One text file per slide line and per narrated sentence, per language (in $WORK/<lang>/).
node - "$SCRIPT_JSON" "$WORK" "$PLATFORM" "${LANGUAGES[@]}" <<'JS'
const fs = require('node:fs')
const [file, work, platform, ...languages] = process.argv.slice(2)
const { footer, slides } = JSON.parse(fs.readFileSync(file, 'utf8'))
const fill = (s) => s.replaceAll('{platform}', platform)
for (const lang of languages) {
  const dir = `${work}/${lang}`
  fs.mkdirSync(dir, { recursive: true })
  slides.forEach((slide, i) => {
    // Titles wrap at about 34 Latin or 28 Cyrillic characters (54 px DejaVu Sans Bold in 1100 px).
    const wrapAt = lang === 'ru' ? 28 : 34
    const words = slide.title[lang].split(' ').map(fill) // the platform's name stays on one line
    const titleLines = ['']
    for (const word of words) {
      const current = titleLines[titleLines.length - 1]
      if (current && `${current} ${word}`.length > wrapAt) titleLines.push(word)
      else titleLines[titleLines.length - 1] = current ? `${current} ${word}` : word
    }
    titleLines.forEach((line, j) => fs.writeFileSync(`${dir}/slide-${i}.title-${j}.txt`, line))
    slide.lines.forEach((line, j) => fs.writeFileSync(`${dir}/slide-${i}.line-${j}.txt`, fill(line[lang])))
    fs.writeFileSync(`${dir}/slide-${i}.footer.txt`, `${fill(footer[lang])}   ·   ${i + 1} / ${slides.length}`)
    slide.narration.forEach((s, k) => fs.writeFileSync(`${dir}/say-${i}-${k}.txt`, fill(s[lang])))
  })
}
slides.forEach((slide, i) => fs.writeFileSync(`${work}/slide-${i}.tone`, slide.tone))
fs.writeFileSync(`${work}/count`, String(slides.length))
JS
COUNT="$(cat "$WORK/count")"

# 2. Speak each sentence in each language (22050 Hz mono WAV).
for lang in "${LANGUAGES[@]}"; do
  for text in "$WORK/$lang"/say-*.txt; do
    espeak-ng -v "${VOICE[$lang]}" -s "${WPM[$lang]}" -w "${text%.txt}.wav" -f "$text"
  done
done

# 3. The timeline (shared by the languages): pauses around sentences; each sentence lasts as long as
#    its longer clip; each slide lasts as long as its narration.
for lang in "${LANGUAGES[@]}"; do
  for wav in "$WORK/$lang"/say-*.wav; do
    printf '%s %s %s\n' "$lang" "$(basename "$wav" .wav)" "$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$wav")"
  done
done >"$WORK/durations"
ffmpeg -v error -f lavfi -i anullsrc=r=22050:cl=mono -t 30 -c:a pcm_s16le "$WORK/silence.wav"

node - "$SCRIPT_JSON" "$WORK" "$PLATFORM" "${LANGUAGES[@]}" <<'JS'
const fs = require('node:fs')
const [file, work, platform, ...languages] = process.argv.slice(2)
const { slides } = JSON.parse(fs.readFileSync(file, 'utf8'))
const fill = (s) => s.replaceAll('{platform}', platform)
const durations = {}
for (const l of fs.readFileSync(`${work}/durations`, 'utf8').trim().split('\n')) {
  const [lang, name, seconds] = l.split(' ')
  durations[`${lang}/${name}`] = Number(seconds)
}
const LEAD = 0.5 // silence before a slide's first sentence
const GAP = 0.35 // between sentences
const TAIL = 0.8 // after a slide's last sentence
const audio = Object.fromEntries(languages.map((lang) => [lang, []])) // concat lists: [file, inpoint, outpoint]
const images = [] // [slide index, duration]
const cues = [] // { start, end, en, ru }
let t = 0
const silence = (lang, d) => {
  if (d > 0.0005) audio[lang].push(`file '../silence.wav'\ninpoint 0\noutpoint ${d.toFixed(6)}`)
}
const pause = (d) => {
  for (const lang of languages) silence(lang, d)
  t += d
}
slides.forEach((slide, i) => {
  const slideStart = t
  pause(LEAD)
  slide.narration.forEach((s, k) => {
    const name = `say-${i}-${k}`
    const slot = Math.max(...languages.map((lang) => durations[`${lang}/${name}`]))
    const last = k === slide.narration.length - 1
    const start = t
    for (const lang of languages) {
      audio[lang].push(`file '${name}.wav'`)
      silence(lang, slot - durations[`${lang}/${name}`])
    }
    t += slot
    const cue = { start, end: t + (last ? TAIL - 0.1 : GAP - 0.05) }
    for (const lang of languages) cue[lang] = fill(s[lang])
    cues.push(cue)
    if (!last) pause(GAP)
  })
  pause(TAIL)
  images.push([i, t - slideStart])
})
const stamp = (s) => {
  const ms = Math.round(s * 1000)
  const h = String(Math.floor(ms / 3600000)).padStart(2, '0')
  const m = String(Math.floor(ms / 60000) % 60).padStart(2, '0')
  const sec = String(Math.floor(ms / 1000) % 60).padStart(2, '0')
  return `${h}:${m}:${sec}.${String(ms % 1000).padStart(3, '0')}`
}
for (const lang of languages) {
  const body = cues.map((c, n) => `${n + 1}\n${stamp(c.start)} --> ${stamp(c.end)}\n${c[lang]}\n`).join('\n')
  fs.writeFileSync(`${work}/captions.${lang}.vtt`, `WEBVTT\n\n${body}`)
  fs.writeFileSync(`${work}/${lang}/audio.txt`, `${audio[lang].join('\n')}\n`)
  const list = images.map(([i, d]) => `file 'slide-${i}.png'\nduration ${d.toFixed(6)}`)
  // The concat demuxer ignores the last image's duration unless the image is listed once more.
  list.push(`file 'slide-${images.length - 1}.png'`)
  fs.writeFileSync(`${work}/${lang}/slides.txt`, `${list.join('\n')}\n`)
}
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

# 4. One picture per slide and language.
for lang in "${LANGUAGES[@]}"; do
  dir="$WORK/$lang"
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
    for title in "$dir"/slide-"$i".title-*.txt; do
      filters+=",drawtext=fontfile=$FONT_BOLD:textfile=$title:expansion=none:fontsize=54:fontcolor=$fg:x=96:y=$y"
      y=$((y + 70))
    done
    y=$((y + 70))
    for line in "$dir"/slide-"$i".line-*.txt; do
      [ -e "$line" ] || continue
      if [ "$tone" = "title" ]; then
        filters+=",drawtext=fontfile=$FONT:textfile=$line:expansion=none:fontsize=40:fontcolor=$fg:x=96:y=$y"
      else
        filters+=",drawbox=x=96:y=$((y + 14)):w=14:h=14:color=$bar:t=fill"
        filters+=",drawtext=fontfile=$FONT:textfile=$line:expansion=none:fontsize=38:fontcolor=$fg:x=136:y=$y"
      fi
      y=$((y + 78))
    done
    filters+=",drawtext=fontfile=$FONT:textfile=$dir/slide-$i.footer.txt:expansion=none:fontsize=24:fontcolor=$muted:x=96:y=h-72"
    ffmpeg -v error -f lavfi -i "color=c=$bg:s=${WIDTH}x${HEIGHT}:d=1" -vf "$filters" -frames:v 1 -y "$dir/slide-$i.png"
  done
done

# 5. Narration (Opus) and slides (VP9) in one WebM per language; static slides cost almost nothing at
#    a low frame rate. Both have the length of the shared timeline.
for lang in "${LANGUAGES[@]}"; do
  dir="$WORK/$lang"
  video="$OUT/$NAME${SUFFIX[$lang]}.webm"
  ffmpeg -v error -f concat -safe 0 -i "$dir/audio.txt" -c:a pcm_s16le -y "$dir/narration.wav"
  ffmpeg -v error \
    -f concat -safe 0 -i "$dir/slides.txt" \
    -i "$dir/narration.wav" \
    -map 0:v -map 1:a \
    -vf "fps=$FPS,format=yuv420p" -t "$TOTAL" \
    -force_key_frames "$(cat "$WORK/keyframes")" \
    -c:v libvpx-vp9 -b:v 0 -crf 42 -row-mt 1 -deadline good -cpu-used 4 -g $((FPS * 15)) \
    -c:a libopus -b:a 28k -ac 1 -ar 48000 \
    -map_metadata -1 -fflags +bitexact \
    -y "$video"
  ffmpeg -v error -i "$dir/slide-0.png" -q:v 4 -y "$OUT/$NAME${SUFFIX[$lang]}.poster.jpg"
  length="$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$video")"
  node -e 'const [a, b] = process.argv.slice(1).map(Number); if (Math.abs(a - b) > 0.25) { console.error(`make-video: ${process.argv[3]} lasts ${a}s, the timeline ${b}s`); process.exit(1) }' \
    "$length" "$TOTAL" "$video"
done
cp "$WORK/captions.en.vtt" "$OUT/$NAME.en.vtt"
cp "$WORK/captions.ru.vtt" "$OUT/$NAME.ru.vtt"
# The length, for the mock backend (a "watched" claim must reach it) and the tests; the platform's
# name the narration says, for the page's transcript (it must say what the video says, whatever
# name a build configures).
printf '{ "duration": %s, "platform": "%s" }\n' "$TOTAL" "$PLATFORM" >"$MEDIA_JSON"

echo "make-video: ${TOTAL}s"
ls -l "$OUT/$NAME".*
du -cb "$OUT/$NAME".* | tail -1
