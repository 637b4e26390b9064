#!/usr/bin/env bash
# Makes the demo content's short film (src/TuyenGiao/DemoContent/phim-mau.mp4): a title card, then a
# test pattern with a running clock, 12 seconds at 640×360, H.264 with its index at the front so a
# browser can start playing before the end arrives. Of our own making; run again to remake it.
# Needs ffmpeg with libfreetype and the DejaVu fonts (Debian: apt-get install ffmpeg fonts-dejavu-core).
set -euo pipefail
cd "$(dirname "$0")/.."
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
out=src/TuyenGiao/DemoContent/phim-mau.mp4
ffmpeg -y -hide_banner -loglevel error \
    -f lavfi -i "color=c=0xa50e0e:s=640x360:d=4" \
    -f lavfi -i "testsrc2=s=640x360:d=8:r=25" \
    -filter_complex "\
[0:v]drawtext=fontfile=$font:text='Phim tư liệu mẫu':fontcolor=white:fontsize=40:x=(w-tw)/2:y=(h-th)/2-24,\
drawtext=fontfile=$font:text='Cổng thông tin Tuyên giáo':fontcolor=white:fontsize=24:x=(w-tw)/2:y=(h-th)/2+32,fps=25[title];\
[1:v]drawtext=fontfile=$font:text='%{pts\:hms}':fontcolor=white:box=1:boxcolor=black@0.6:fontsize=28:x=20:y=h-th-20[pattern];\
[title][pattern]concat=n=2:v=1:a=0,format=yuv420p[v]" \
    -map "[v]" -c:v libx264 -profile:v baseline -crf 30 -preset slow -movflags +faststart "$out"
ls -l "$out"
