#!/usr/bin/env python3
"""Builds a fallback font for Trousse's PDF writer from an installed font.

Keeps the characters asked for, drops hinting and glyph names (a PDF embeds the font's whole
'post' table: WenQuanYi's glyph names alone weigh 500 KB), and gives the font a PostScript
name of its own: libharu keys loaded fonts by that name, so a full DejaVu Sans named like the
subset Trousse draws with would silently stand for it.

usage: make-fallback-font.py SOURCE OUTPUT POSTSCRIPT-NAME UNICODES [FONT-NUMBER]
       UNICODES as pyftsubset takes them ("U+4E00-9FFF,U+3000-33FF"), or * for all
"""
import sys

from fontTools import subset
from fontTools.ttLib import TTFont


def main(source, output, postscript_name, unicodes, font_number="0"):
    options = subset.Options()
    options.hinting = False
    options.glyph_names = False
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.layout_features = ["*"]
    options.font_number = int(font_number)
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    if unicodes == "*":  # every character of the font
        subsetter.populate(unicodes=font.getBestCmap().keys())
    else:
        subsetter.populate(unicodes=subset.parse_unicodes(unicodes))
    subsetter.subset(font)
    for record in font["name"].names:
        if record.nameID == 6:
            record.string = postscript_name
    subset.save_font(font, output, options)


if __name__ == "__main__":
    if len(sys.argv) not in (5, 6):
        sys.exit(__doc__)
    main(*sys.argv[1:])
