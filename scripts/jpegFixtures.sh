#!/bin/sh
# Makes test/data/fixtures/jpeg/*.jpg with libjpeg-turbo's own encoder (apt-get install -y libjpeg-turbo-progs):
# the JPEG layouts sharp cannot write (4:2:2, 4:4:0, 4:1:1, restart markers, arithmetic coding, RGB, optimized
# Huffman tables, progressive ones with these), for jpegDecode.test.ts. The pictures are small and deterministic (a gradient and noise).
set -e
out=$(dirname "$0")/../test/data/fixtures/jpeg
mkdir -p "$out"
tmp=$(mktemp -d)
python3 - "$tmp" <<'PY'
import sys, random
random.seed(17)
for (w, h) in [(37, 23), (64, 48), (3, 2), (1, 1), (130, 9)]:
    px = bytearray()
    for y in range(h):
        for x in range(w):
            if x < w // 2:
                px += bytes(((x * 7 + y * 3) & 255, (x * 2 + 90) & 255, (y * 11) & 255))
            else:
                px += bytes(random.randrange(256) for _ in range(3))
    open(f"{sys.argv[1]}/{w}x{h}.ppm", "wb").write(b"P6 %d %d 255\n" % (w, h) + bytes(px))
PY
for size in 37x23 64x48 3x2 1x1 130x9; do
  src=$tmp/$size.ppm
  cjpeg -quality 85 -sample 2x1 "$src" > "$out/s422-$size.jpg"
  cjpeg -quality 85 -sample 1x2 "$src" > "$out/s440-$size.jpg"
  cjpeg -quality 85 -sample 4x1 "$src" > "$out/s411-$size.jpg"
  cjpeg -quality 85 -sample 2x2 -restart 1B "$src" > "$out/restart1b-$size.jpg"
  cjpeg -quality 60 -sample 2x2 -restart 3B -optimize "$src" > "$out/restart3b-opt-$size.jpg"
  cjpeg -quality 95 -grayscale -restart 2B "$src" > "$out/grey-restart-$size.jpg"
  cjpeg -quality 85 -arithmetic "$src" > "$out/arith-$size.jpg"
  cjpeg -quality 85 -progressive "$src" > "$out/progressive-$size.jpg"
  cjpeg -quality 75 -progressive -sample 2x1 -restart 2B "$src" > "$out/progressive-s422-restart-$size.jpg"
  cjpeg -quality 90 -progressive -grayscale "$src" > "$out/progressive-grey-$size.jpg"
  cjpeg -quality 85 -rgb "$src" > "$out/rgb-$size.jpg"
  cjpeg -quality 100 -sample 1x1 -optimize "$src" > "$out/q100-444-opt-$size.jpg"
done
rm -r "$tmp"
