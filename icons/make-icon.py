#!/usr/bin/env python3
"""Draws icons/cable.png, the 128x128 extension icon, with the standard
library only (zlib + struct): a cable form on a dark tile, its lines written
as dots and dashes, and a red archive stamp. Run: python3 icons/make-icon.py"""
import math
import os
import struct
import zlib

SIZE = 128
SUB = 4  # samples per pixel side: 16 samples give smooth edges without a graphics library

TILE = (29, 53, 87)
PAPER = (246, 241, 227)
FOLD = (214, 205, 184)
INK = (29, 53, 87)
STAMP = (196, 48, 43)


def rounded_rect(x0, y0, x1, y1, r):
    def inside(x, y):
        cx = min(max(x, x0 + r), x1 - r)
        cy = min(max(y, y0 + r), y1 - r)
        return (x - cx) ** 2 + (y - cy) ** 2 <= r * r and x0 <= x <= x1 and y0 <= y <= y1
    return inside


def polygon(points):
    def inside(x, y):
        hit = False
        for (ax, ay), (bx, by) in zip(points, points[1:] + points[:1]):
            if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
                hit = not hit
        return hit
    return inside


def capsule(ax, ay, bx, by, r):
    def inside(x, y):
        dx, dy = bx - ax, by - ay
        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= r * r
    return inside


def ring(cx, cy, r_out, r_in):
    def inside(x, y):
        d = math.hypot(x - cx, y - cy)
        return r_in <= d <= r_out
    return inside


# Painted in order; later shapes cover earlier ones.
shapes = [
    (rounded_rect(4, 4, 124, 124, 22), TILE),
    (polygon([(30, 16), (82, 16), (100, 34), (100, 112), (30, 112)]), PAPER),
    (polygon([(82, 16), (100, 34), (82, 34)]), FOLD),
]
# Lines of the cable as Morse-like dots and dashes: (y, [(x_start, x_end), ...]).
for y, marks in [(46, [(40, 52), (60, 64), (72, 88)]), (60, [(40, 44), (52, 70), (78, 90)]),
                 (74, [(40, 58), (66, 70), (78, 82)]), (88, [(40, 50), (58, 62)])]:
    shapes += [(capsule(a, y, b, y, 3.2), INK) for a, b in marks]
# A round archive seal: two rings, so it reads as a stamp rather than a warning sign.
shapes.append((ring(84, 92, 14, 11.5), STAMP))
shapes.append((ring(84, 92, 8.5, 6), STAMP))


def pixel(px, py):
    total = [0, 0, 0, 0]
    for sy in range(SUB):
        for sx in range(SUB):
            x, y = px + (sx + 0.5) / SUB, py + (sy + 0.5) / SUB
            colour = None
            for inside, fill in shapes:
                if inside(x, y):
                    colour = fill
            if colour is not None:
                total = [total[0] + colour[0], total[1] + colour[1], total[2] + colour[2], total[3] + 255]
    n = SUB * SUB
    covered = total[3] // 255
    if covered == 0:
        return (0, 0, 0, 0)
    # Colour averaged over covered samples only; coverage becomes alpha.
    return (total[0] // covered, total[1] // covered, total[2] // covered, total[3] // n)


def png(width, height, rows):
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b''.join(b'\x00' + bytes(value for rgba in row for value in rgba) for row in rows)
    header = struct.pack('>IIBBBBB', width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


rows = [[pixel(x, y) for x in range(SIZE)] for y in range(SIZE)]
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cable.png'), 'wb') as out:
    out.write(png(SIZE, SIZE, rows))
