#!/usr/bin/env bash
# Rebuilds public/fonts/: Inter 400 and 600 (the console's font, SIL OFL 1.1), subset to the Latin and
# Cyrillic the app writes, as woff2. Source: the npm package @fontsource/inter 5.3.0 (its per-script
# files); tool: fontTools (pip install fonttools brotli). Result: 39 KB for all four files, 26 KB of it
# Latin. Layout features kept: kern and tnum (tabular figures for numbers); the rest is dropped.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/public/fonts"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @fontsource/inter@5.3.0 >/dev/null && tar xzf fontsource-inter-5.3.0.tgz)
files="$work/package/files"
latin='U+0020-007E,U+00A0-00FF,U+2010-2027,U+2030,U+2039-203A,U+20AC,U+2122,U+2190-2193,U+2212'
cyrillic='U+0400-045F,U+0490-0491,U+2116'
for weight in 400 600; do
  python3 -m fontTools.subset "$files/inter-latin-$weight-normal.woff2" --unicodes="$latin" \
    --layout-features='kern,tnum' --flavor=woff2 --output-file="$out/inter-latin-$weight.woff2"
  python3 -m fontTools.subset "$files/inter-cyrillic-$weight-normal.woff2" --unicodes="$cyrillic" \
    --layout-features='kern,tnum' --flavor=woff2 --output-file="$out/inter-cyrillic-$weight.woff2"
done
cp "$work/package/LICENSE" "$out/LICENSE-Inter.txt"
ls -l "$out"
