#!/usr/bin/env bash
# Draws the sandbox's sample media with ffmpeg (run once; the results are committed):
# room photos around the VibePeak HD floor, a cover image, and two short H.264 MP4s marked
# "SANDBOX" that stand in for the providers' generated videos.
#
#   apt-get install -y ffmpeg fonts-dejavu-core   # once
#   bash scripts/make-sandbox-media.sh
#
# Output: src/sandbox/media/ (the catalog in src/sandbox/media.ts lists the files and their sizes).
set -euo pipefail

out="$(cd "$(dirname "$0")/.." && pwd)/src/sandbox/media"
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
mkdir -p "$out"
ff() { ffmpeg -hide_banner -loglevel error -y "$@"; }

# room NAME WIDTH HEIGHT WALL FLOOR ACCENT LABEL: one still photo of a simple room.
room() {
  local name=$1 w=$2 h=$3 wall=$4 floor=$5 accent=$6 label=$7
  local s
  s=$(( (w < h ? w : h) / 40 ))   # text size follows the short side
  ff -f lavfi -i "color=c=${wall}:s=${w}x${h}:d=1,format=yuv444p" -frames:v 1 -vf "\
drawbox=x=0:y=ih*0.66:w=iw:h=ih*0.34:color=${floor}:t=fill,\
drawbox=x=0:y=ih*0.66:w=iw:h=ih*0.012:color=white@0.8:t=fill,\
drawbox=x=0:y=ih*0.76:w=iw:h=2:color=black@0.15:t=fill,\
drawbox=x=0:y=ih*0.87:w=iw:h=2:color=black@0.15:t=fill,\
drawbox=x=iw*0.56:y=ih*0.12:w=iw*0.28:h=ih*0.36:color=#a9d8f5:t=fill,\
drawbox=x=iw*0.56:y=ih*0.36:w=iw*0.28:h=ih*0.12:color=#7fb069:t=fill,\
drawbox=x=iw*0.56:y=ih*0.12:w=iw*0.28:h=ih*0.36:color=white:t=10,\
drawbox=x=iw*0.695:y=ih*0.12:w=8:h=ih*0.36:color=white:t=fill,\
drawbox=x=iw*0.08:y=ih*0.16:w=iw*0.16:h=ih*0.16:color=${accent}:t=fill,\
drawbox=x=iw*0.08:y=ih*0.16:w=iw*0.16:h=ih*0.16:color=#3b2f2f:t=6,\
drawbox=x=iw*0.06:y=ih*0.46:w=iw*0.40:h=ih*0.10:color=${accent}:t=fill,\
drawbox=x=iw*0.06:y=ih*0.55:w=iw*0.40:h=ih*0.13:color=${accent}@0.85:t=fill,\
drawbox=x=iw*0.06:y=ih*0.55:w=iw*0.40:h=ih*0.13:color=black@0.25:t=3,\
drawbox=x=iw*0.20:y=ih*0.74:w=iw*0.42:h=ih*0.14:color=#c8b89a:t=fill,\
drawbox=x=iw*0.52:y=ih*0.58:w=iw*0.14:h=ih*0.05:color=#5b3a29:t=fill,\
drawbox=x=iw*0.54:y=ih*0.63:w=iw*0.015:h=ih*0.08:color=#5b3a29:t=fill,\
drawbox=x=iw*0.625:y=ih*0.63:w=iw*0.015:h=ih*0.08:color=#5b3a29:t=fill,\
drawbox=x=iw*0.88:y=ih*0.30:w=iw*0.012:h=ih*0.38:color=#333333:t=fill,\
drawbox=x=iw*0.86:y=ih*0.26:w=iw*0.05:h=ih*0.06:color=#f6e7a1:t=fill,\
vignette=PI/5,\
drawtext=fontfile=${font}:text='SANDBOX sample photo  ${label}  ${w}x${h}':x=${s}:y=h-th-${s}:fontsize=${s}:fontcolor=white:box=1:boxcolor=black@0.45:boxborderw=$((s / 3))" \
    -pix_fmt yuvj444p -q:v 4 "$out/$name"   # 4:4:4 keeps odd widths (1279) exact
}

room room-living-1920x1080.jpg 1920 1080 '#d8cbb4' '#8b6a4a' '#4a6b8a' 'living room'
room room-kitchen-1280x720.jpg 1280 720 '#e6e1d6' '#a1887f' '#b5544b' 'kitchen'
room room-bedroom-720x1280.jpg 720 1280 '#cfd8dc' '#9e8466' '#6d597a' 'bedroom (portrait)'
room room-lowres-1279x720.jpg 1279 720 '#e0d2c0' '#7d5a44' '#52796f' 'below the HD floor'

tag="drawtext=fontfile=${font}:text='SANDBOX · TourGraph':x=w-tw-28:y=28:fontsize=40:fontcolor=white:box=1:boxcolor=black@0.5:boxborderw=12"
tag1080="drawtext=fontfile=${font}:text='SANDBOX · TourGraph':x=w-tw-40:y=40:fontsize=60:fontcolor=white:box=1:boxcolor=black@0.5:boxborderw=18"
x264=(-c:v libx264 -preset slow -crf 30 -pix_fmt yuv420p -profile:v high -movflags +faststart -an)

# Room AI flythrough: a slow push into the living room, 5 s at 25 fps.
ff -loop 1 -i "$out/room-living-1920x1080.jpg" -vf "\
scale=2560:1440,zoompan=z='1+0.0025*on':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=125:s=1280x720:fps=25,\
${tag},drawtext=fontfile=${font}:text='Room AI flythrough sample':x=28:y=h-th-28:fontsize=30:fontcolor=white:box=1:boxcolor=black@0.5:boxborderw=10" \
  -frames:v 125 "${x264[@]}" "$out/flythrough-sandbox.mp4"

# VibePeak property video: 1080p as its result says, three scenes of 2 s, each a gentle pan.
scene() { # INPUT OUTPUT
  ff -loop 1 -i "$1" -vf "\
scale=2560:1440:force_original_aspect_ratio=increase,crop=2560:1440,\
zoompan=z='1.15':x='(iw-iw/zoom)*on/50':y='ih/2-(ih/zoom/2)':d=50:s=1920x1080:fps=25,\
${tag1080},drawtext=fontfile=${font}:text='VibePeak property video sample':x=40:y=h-th-40:fontsize=44:fontcolor=white:box=1:boxcolor=black@0.5:boxborderw=14" \
    -frames:v 50 "${x264[@]}" "$2"
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scene "$out/room-living-1920x1080.jpg" "$tmp/1.mp4"
scene "$out/room-kitchen-1280x720.jpg" "$tmp/2.mp4"
scene "$out/room-bedroom-720x1280.jpg" "$tmp/3.mp4"
printf "file '%s'\n" "$tmp/1.mp4" "$tmp/2.mp4" "$tmp/3.mp4" > "$tmp/list.txt"
ff -f concat -safe 0 -i "$tmp/list.txt" -c copy -movflags +faststart "$out/property-sandbox.mp4"

# Cover: the first scene's opening frame, as VibePeak's cover_image_url.
ff -i "$out/property-sandbox.mp4" -frames:v 1 -q:v 4 "$out/cover-sandbox.jpg"

ls -l "$out"
